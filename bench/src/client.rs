//! `authn-bench client`: one workload by one Rust contender, measured from inside its own
//! process, printed as one JSON line.

use std::future::Future;
use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use authn_sdk::{AuthN, Config, ProfileEdit, UserRef};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue};
use serde_json::Value;

use crate::measure::{self, Sample};

/// The Rust contenders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `authn-sdk`, as its README shows it: `builder.send().await`.
    Sdk,
    /// One shared `reqwest::Client` posting hand-written JSON, decoding into `serde_json::Value`.
    Floor,
    /// `authn-api`'s generated client alone, without the SDK's layer: a diagnostic, to tell
    /// what the SDK adds from what the generated code costs. Runs the get workloads only, and
    /// is not part of the default run.
    Generated,
}

impl Kind {
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "sdk" => Some(Kind::Sdk),
            "floor" => Some(Kind::Floor),
            "generated" => Some(Kind::Generated),
            _ => None,
        }
    }
}

/// The tokio runtime a Rust client runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runtime {
    /// One thread, like the Python SDK's clients (sync, or one asyncio event loop).
    CurrentThread,
    /// tokio's default (`#[tokio::main]`): a worker thread per core.
    MultiThread,
}

impl Runtime {
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "current" => Some(Runtime::CurrentThread),
            "multi" => Some(Runtime::MultiThread),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Runtime::CurrentThread => "current",
            Runtime::MultiThread => "multi",
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Runtime::CurrentThread => "current-thread runtime",
            Runtime::MultiThread => "multi-thread runtime",
        }
    }
}

/// The four workloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workload {
    Sequential,
    Concurrent,
    Mixed,
    Pagination,
}

impl Workload {
    pub const ALL: [Workload; 4] = [
        Workload::Sequential,
        Workload::Concurrent,
        Workload::Mixed,
        Workload::Pagination,
    ];

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|w| w.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Workload::Sequential => "sequential",
            Workload::Concurrent => "concurrent",
            Workload::Mixed => "mixed",
            Workload::Pagination => "pagination",
        }
    }

    /// Requests in flight.
    pub fn concurrency(self) -> usize {
        match self {
            Workload::Sequential | Workload::Pagination => 1,
            Workload::Concurrent | Workload::Mixed => 64,
        }
    }
}

/// What `authn-bench client` was asked to do.
#[derive(Debug, Clone)]
pub struct Args {
    pub kind: Kind,
    pub workload: Workload,
    pub url: String,
    pub token: String,
    /// Requests (sequential, concurrent, mixed) or users expected (pagination).
    pub n: usize,
    pub concurrency: usize,
    pub page_size: u64,
    pub runtime: Runtime,
    /// The emulator's pid, to read its CPU time around the measured section.
    pub server_pid: Option<u32>,
    /// Get this one id instead of listing the users first, and check answers for HTTP 200
    /// only: for a mock server (Prism), which has no users to list and answers its
    /// description's example. The floor's get workloads only.
    pub fixed_id: Option<String>,
}

type Res<T> = Result<T, String>;

/// The operations the workloads are made of; each contender implements them its own way.
trait Contender: Send + Sync + 'static {
    fn describe(&self, workload: Workload, concurrency: usize) -> String;
    /// Setup, not measured: the ids of up to `n` existing users.
    fn first_ids(&self, n: u64) -> impl Future<Output = Res<Vec<String>>> + Send;
    fn get(&self, id: &str) -> impl Future<Output = Res<()>> + Send;
    fn create(&self, email: &str) -> impl Future<Output = Res<String>> + Send;
    fn disable(&self, id: &str) -> impl Future<Output = Res<()>> + Send;
    fn edit_profile(&self, id: &str, nickname: &str) -> impl Future<Output = Res<()>> + Send;
    fn delete(&self, id: &str) -> impl Future<Output = Res<()>> + Send;
    /// Every user, `page_size` per request: (users seen, pages, latency of each page in ns).
    fn paginate(&self, page_size: u64) -> impl Future<Output = Res<(u64, u64, Vec<u64>)>> + Send;
}

// ---------------------------------------------------------------------------------------------
// authn-sdk

struct Sdk {
    authn: AuthN,
}

fn sdk_error(e: authn_sdk::Error) -> String {
    format!("authn-sdk: {e}")
}

impl Contender for Sdk {
    fn describe(&self, workload: Workload, concurrency: usize) -> String {
        let how = match workload {
            Workload::Pagination => "user().list().size(..).items() stream".to_string(),
            _ if concurrency > 1 => format!("builder.send().await, {concurrency} tokio tasks"),
            _ => "builder.send().await, one tokio task".to_string(),
        };
        format!("authn-sdk {}, {how}", env!("CARGO_PKG_VERSION"))
    }

    async fn first_ids(&self, n: u64) -> Res<Vec<String>> {
        let page = self
            .authn
            .user()
            .list()
            .size(n)
            .send()
            .await
            .map_err(sdk_error)?;
        Ok(page.users.iter().map(|u| u.id.clone()).collect())
    }

    async fn get(&self, id: &str) -> Res<()> {
        let user = self
            .authn
            .user()
            .profile()
            .get(UserRef::id(id))
            .send()
            .await
            .map_err(sdk_error)?;
        black_box(&user.id);
        Ok(())
    }

    async fn create(&self, email: &str) -> Res<String> {
        let user = self
            .authn
            .user()
            .create(email)
            .profile([("first_name", "Bench"), ("last_name", "User")])
            .send()
            .await
            .map_err(sdk_error)?;
        Ok(user.into_result().id)
    }

    async fn disable(&self, id: &str) -> Res<()> {
        let user = self
            .authn
            .user()
            .update(UserRef::id(id))
            .disabled(true)
            .send()
            .await
            .map_err(sdk_error)?;
        black_box(&user.id);
        Ok(())
    }

    async fn edit_profile(&self, id: &str, nickname: &str) -> Res<()> {
        let user = self
            .authn
            .user()
            .profile()
            .update(
                UserRef::id(id),
                ProfileEdit::new().set("nickname", nickname),
            )
            .send()
            .await
            .map_err(sdk_error)?;
        black_box(&user.id);
        Ok(())
    }

    async fn delete(&self, id: &str) -> Res<()> {
        self.authn
            .user()
            .delete(UserRef::id(id))
            .send()
            .await
            .map_err(sdk_error)?;
        Ok(())
    }

    async fn paginate(&self, page_size: u64) -> Res<(u64, u64, Vec<u64>)> {
        let mut users = self.authn.user().list().size(page_size).items();
        let mut seen = 0u64;
        let mut latencies = Vec::new();
        loop {
            let start = Instant::now();
            let Some(user) = users.try_next().await.map_err(sdk_error)? else {
                break;
            };
            // The first user of each page is the one whose wait includes the request.
            if seen.is_multiple_of(page_size) {
                latencies.push(nanos(start));
            }
            black_box(&user.id);
            seen += 1;
        }
        Ok((seen, seen.div_ceil(page_size).max(1), latencies))
    }
}

// ---------------------------------------------------------------------------------------------
// The floor: one reqwest::Client, hand-written JSON bodies, serde_json::Value answers.

struct Floor {
    http: reqwest::Client,
    auth: HeaderValue,
    // Each endpoint's URL, built once. Passed as a string, as hand-written clients (and the
    // generated one) do, so reqwest parses it on every request.
    get: String,
    create: String,
    update: String,
    profile_update: String,
    delete: String,
    list: String,
    /// Accept any HTTP 200 answer, whatever its `status` (see [`Args::fixed_id`]).
    lenient: bool,
}

impl Floor {
    fn new(base: &str, token: &str) -> Res<Self> {
        let url = |path: &str| -> Res<String> {
            let url = format!("{}{path}", base.trim_end_matches('/'));
            reqwest::Url::parse(&url).map_err(|e| format!("bad URL {url}: {e}"))?;
            Ok(url)
        };
        Ok(Self {
            http: reqwest::Client::builder()
                .build()
                .map_err(|e| format!("cannot build the reqwest client: {e}"))?,
            auth: HeaderValue::from_str(&format!("Bearer {token}"))
                .map_err(|e| format!("bad token: {e}"))?,
            get: url("/v2/user/profile/get")?,
            create: url("/v2/user/create")?,
            update: url("/v2/user/update")?,
            profile_update: url("/v2/user/profile/update")?,
            delete: url("/v2/user/delete")?,
            list: url("/v2/user/list")?,
            lenient: false,
        })
    }

    /// Posts `body`; the answer must be HTTP 200 with `"status": "Success"`.
    async fn post(&self, url: &str, body: String) -> Res<Value> {
        let response = self
            .http
            .post(url)
            .header(AUTHORIZATION, self.auth.clone())
            .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
            .body(body)
            .send()
            .await
            .map_err(|e| format!("floor: {url}: {e}"))?;
        let status = response.status();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| format!("floor: {url}: {e}"))?;
        let value: Value =
            serde_json::from_slice(&bytes).map_err(|e| format!("floor: {url}: {e}"))?;
        if status != reqwest::StatusCode::OK
            || (!self.lenient && value.get("status").and_then(Value::as_str) != Some("Success"))
        {
            return Err(format!(
                "floor: {url}: HTTP {status}: {}",
                String::from_utf8_lossy(&bytes)
            ));
        }
        Ok(value)
    }

    fn id_of(value: &Value) -> Res<String> {
        value["result"]["id"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("floor: no result.id in {value}"))
    }
}

impl Contender for Floor {
    fn describe(&self, workload: Workload, concurrency: usize) -> String {
        let how = match workload {
            Workload::Pagination => "a loop on result.last".to_string(),
            _ if concurrency > 1 => format!("{concurrency} tokio tasks"),
            _ => "one tokio task".to_string(),
        };
        format!("reqwest + serde_json::Value, {how}")
    }

    async fn first_ids(&self, n: u64) -> Res<Vec<String>> {
        let page = self.post(&self.list, format!(r#"{{"size":{n}}}"#)).await?;
        let users = page["result"]["users"].as_array().into_iter().flatten();
        users
            .map(|user| {
                user["id"]
                    .as_str()
                    .map(str::to_string)
                    .ok_or_else(|| format!("floor: a listed user has no id: {user}"))
            })
            .collect()
    }

    async fn get(&self, id: &str) -> Res<()> {
        let user = self.post(&self.get, format!(r#"{{"id":"{id}"}}"#)).await?;
        black_box(&user["result"]["id"]);
        Ok(())
    }

    async fn create(&self, email: &str) -> Res<String> {
        let body = format!(
            r#"{{"email":"{email}","profile":{{"first_name":"Bench","last_name":"User"}}}}"#
        );
        let user = self.post(&self.create, body).await?;
        Self::id_of(&user)
    }

    async fn disable(&self, id: &str) -> Res<()> {
        let body = format!(r#"{{"id":"{id}","disabled":true}}"#);
        let user = self.post(&self.update, body).await?;
        black_box(&user["result"]["id"]);
        Ok(())
    }

    async fn edit_profile(&self, id: &str, nickname: &str) -> Res<()> {
        let body = format!(r#"{{"id":"{id}","profile":{{"nickname":"{nickname}"}}}}"#);
        let user = self.post(&self.profile_update, body).await?;
        black_box(&user["result"]["id"]);
        Ok(())
    }

    async fn delete(&self, id: &str) -> Res<()> {
        self.post(&self.delete, format!(r#"{{"id":"{id}"}}"#))
            .await?;
        Ok(())
    }

    async fn paginate(&self, page_size: u64) -> Res<(u64, u64, Vec<u64>)> {
        let mut seen = 0u64;
        let mut pages = 0u64;
        let mut latencies = Vec::new();
        let mut last: Option<String> = None;
        loop {
            let body = match &last {
                None => format!(r#"{{"size":{page_size}}}"#),
                Some(cursor) => format!(r#"{{"size":{page_size},"last":"{cursor}"}}"#),
            };
            let start = Instant::now();
            let page = self.post(&self.list, body).await?;
            latencies.push(nanos(start));
            pages += 1;
            let result = &page["result"];
            for user in result["users"].as_array().into_iter().flatten() {
                black_box(&user["id"]);
                seen += 1;
            }
            match result["last"].as_str() {
                Some(cursor) if !cursor.is_empty() => last = Some(cursor.to_string()),
                _ => break,
            }
        }
        Ok((seen, pages, latencies))
    }
}

// ---------------------------------------------------------------------------------------------
// authn-api's generated client alone (a diagnostic)

struct Generated {
    api: authn_sdk::authn_api::Client,
    /// Lists the ids to get (setup, not measured).
    floor: Floor,
}

impl Generated {
    fn new(base: &str, token: &str) -> Res<Self> {
        let floor = Floor::new(base, token)?;
        // The token goes in the client's default headers: the generated code sends none.
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(AUTHORIZATION, floor.auth.clone());
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .build()
            .map_err(|e| format!("cannot build the reqwest client: {e}"))?;
        let api = authn_sdk::authn_api::Client::new_with_client(
            base.trim_end_matches('/'),
            http,
            authn_sdk::authn_api::hooks::Hooks::default(),
        );
        Ok(Self { api, floor })
    }

    fn get_only<T>() -> Res<T> {
        Err("the generated-client contender runs the get workloads only".into())
    }
}

impl Contender for Generated {
    fn describe(&self, _: Workload, concurrency: usize) -> String {
        format!("authn-api's generated client alone, {concurrency} tokio task(s)")
    }

    async fn first_ids(&self, n: u64) -> Res<Vec<String>> {
        self.floor.first_ids(n).await
    }

    async fn get(&self, id: &str) -> Res<()> {
        use authn_sdk::authn_api::{UserResponse, types};
        let id = id.parse().map_err(|e| format!("generated: {e}"))?;
        let answer = self
            .api
            .user_profile_get()
            .body(types::UserSelector::Id(id))
            .send()
            .await
            .map_err(|e| format!("generated: {e}"))?;
        match answer.into_inner() {
            UserResponse::UserSuccess(ok) => {
                black_box(&ok.result.id);
                Ok(())
            }
            UserResponse::Envelope(envelope) => Err(format!("generated: {}", envelope.status)),
        }
    }

    async fn create(&self, _: &str) -> Res<String> {
        Self::get_only()
    }

    async fn disable(&self, _: &str) -> Res<()> {
        Self::get_only()
    }

    async fn edit_profile(&self, _: &str, _: &str) -> Res<()> {
        Self::get_only()
    }

    async fn delete(&self, _: &str) -> Res<()> {
        Self::get_only()
    }

    async fn paginate(&self, _: u64) -> Res<(u64, u64, Vec<u64>)> {
        Self::get_only()
    }
}

// ---------------------------------------------------------------------------------------------
// The workloads.

fn nanos(start: Instant) -> u64 {
    u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX)
}

/// `n` `user.profile.get` over `ids`, `concurrency` in flight; the latency of each, in ns.
async fn gets<C: Contender>(
    contender: &Arc<C>,
    ids: &Arc<Vec<String>>,
    n: usize,
    concurrency: usize,
) -> Res<Vec<u64>> {
    let next = Arc::new(AtomicUsize::new(0));
    let mut workers = Vec::with_capacity(concurrency);
    for _ in 0..concurrency {
        let (contender, ids, next) = (Arc::clone(contender), Arc::clone(ids), Arc::clone(&next));
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(n / concurrency + 1);
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= n {
                    break;
                }
                let id = &ids[i % ids.len()];
                let start = Instant::now();
                contender.get(id).await?;
                latencies.push(nanos(start));
            }
            Ok::<_, String>(latencies)
        }));
    }
    join(workers).await
}

/// `n` requests as `n / 5` user lives (create, update, profile update, get, delete), each life
/// sequential, `concurrency` lives in flight.
async fn mixed<C: Contender>(contender: &Arc<C>, n: usize, concurrency: usize) -> Res<Vec<u64>> {
    let lives = n / 5;
    let tag = format!(
        "{}{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0)
    );
    let tag = Arc::new(tag);
    let next = Arc::new(AtomicUsize::new(0));
    let mut workers = Vec::with_capacity(concurrency);
    for _ in 0..concurrency {
        let (contender, next, tag) = (Arc::clone(contender), Arc::clone(&next), Arc::clone(&tag));
        workers.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(5 * (lives / concurrency + 1));
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= lives {
                    break;
                }
                let email = format!("mixed-{tag}-{i}@example.com");
                let nickname = format!("nick{i}");
                let start = Instant::now();
                let id = contender.create(&email).await?;
                latencies.push(nanos(start));
                let start = Instant::now();
                contender.disable(&id).await?;
                latencies.push(nanos(start));
                let start = Instant::now();
                contender.edit_profile(&id, &nickname).await?;
                latencies.push(nanos(start));
                let start = Instant::now();
                contender.get(&id).await?;
                latencies.push(nanos(start));
                let start = Instant::now();
                contender.delete(&id).await?;
                latencies.push(nanos(start));
            }
            Ok::<_, String>(latencies)
        }));
    }
    join(workers).await
}

async fn join(workers: Vec<tokio::task::JoinHandle<Res<Vec<u64>>>>) -> Res<Vec<u64>> {
    let mut all = Vec::new();
    for worker in workers {
        let latencies = worker
            .await
            .map_err(|e| format!("a worker task failed: {e}"))??;
        all.extend(latencies);
    }
    Ok(all)
}

/// Runs `args.workload` with `contender` and measures it.
async fn measure<C: Contender>(contender: C, args: &Args) -> Res<Sample> {
    let contender = Arc::new(contender);
    let concurrency = args.concurrency.max(1);
    // Setup and warm-up, not measured: ids to get, and the connections of the pool.
    let ids = Arc::new(match &args.fixed_id {
        Some(id) => vec![id.clone()],
        None => contender.first_ids(1000).await?,
    });
    if ids.is_empty() {
        return Err("the emulator has no users to get".into());
    }
    if args.workload != Workload::Pagination {
        let warmup = (concurrency * 4).max(50);
        gets(&contender, &ids, warmup, concurrency).await?;
    }

    let before = measure::usage()?;
    let server_before = args.server_pid.and_then(measure::process_cpu);
    let start = Instant::now();
    let (requests, items, mut latencies) = match args.workload {
        Workload::Sequential | Workload::Concurrent => {
            let latencies = gets(&contender, &ids, args.n, concurrency).await?;
            (args.n as u64, args.n as u64, latencies)
        }
        Workload::Mixed => {
            let latencies = mixed(&contender, args.n, concurrency).await?;
            let requests = latencies.len() as u64;
            (requests, requests, latencies)
        }
        Workload::Pagination => {
            let (users, pages, latencies) = contender.paginate(args.page_size).await?;
            if users != args.n as u64 {
                return Err(format!(
                    "pagination saw {users} users, but the emulator holds {}",
                    args.n
                ));
            }
            (pages, users, latencies)
        }
    };
    let wall = start.elapsed();
    let after = measure::usage()?;
    let server_after = args.server_pid.and_then(measure::process_cpu);

    Ok(Sample {
        contender: match args.kind {
            Kind::Sdk => "sdk",
            Kind::Floor => "floor",
            Kind::Generated => "generated",
        }
        .to_string(),
        workload: args.workload.name().to_string(),
        client: format!(
            "{}, {}",
            contender.describe(args.workload, concurrency),
            args.runtime.describe()
        ),
        runtime: args.runtime.name().to_string(),
        requests,
        items,
        concurrency: concurrency as u64,
        wall_s: wall.as_secs_f64(),
        cpu_user_s: after.user.saturating_sub(before.user).as_secs_f64(),
        cpu_sys_s: after.sys.saturating_sub(before.sys).as_secs_f64(),
        max_rss_kib: after.max_rss_kib,
        p50_us: measure::quantile(&mut latencies, 0.50) / 1e3,
        p99_us: measure::quantile(&mut latencies, 0.99) / 1e3,
        server_cpu_s: server_before
            .zip(server_after)
            .map(|(before, after)| after - before),
    })
}

/// Runs one workload with one contender and prints its [`Sample`] as one JSON line.
pub fn run(args: &Args) -> Res<()> {
    let mut builder = match args.runtime {
        Runtime::CurrentThread => tokio::runtime::Builder::new_current_thread(),
        Runtime::MultiThread => tokio::runtime::Builder::new_multi_thread(),
    };
    let runtime = builder
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the tokio runtime: {e}"))?;
    let sample = runtime.block_on(async {
        match args.kind {
            Kind::Sdk => {
                let config = Config::new(args.token.as_str()).base_url_template(args.url.as_str());
                let authn = AuthN::new(config).map_err(sdk_error)?;
                measure(Sdk { authn }, args).await
            }
            Kind::Floor => {
                let mut floor = Floor::new(&args.url, &args.token)?;
                floor.lenient = args.fixed_id.is_some();
                measure(floor, args).await
            }
            Kind::Generated => measure(Generated::new(&args.url, &args.token)?, args).await,
        }
    })?;
    let line = serde_json::to_string(&sample).map_err(|e| format!("cannot encode: {e}"))?;
    println!("{line}");
    Ok(())
}
