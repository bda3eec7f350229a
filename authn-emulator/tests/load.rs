//! Load: 64 concurrent clients (raw `reqwest` with JSON) run a random mix of operations against
//! an in-process emulator, each keeping an exact model of what it did; then the emulator's final
//! state is checked against the union of the models.
//!
//! The mix: `user/create` (own users; shared emails raced for by every client, in random case;
//! re-creating a taken email), `user/update`, `user/profile/update` (own users, with refused
//! deletions that must change nothing; shared users, where each client writes its own key),
//! `user/profile/get`, `user/delete`, `/_emulator/authenticators` with
//! `user/authenticators/delete` and `user/authenticators/list`, and `user/list` paged to the end
//! over the client's own users with random orderings, page sizes and filters, where `count` must
//! equal what paging returns on every page.
//!
//! Checked at the end: no lost update (every own user exactly as its model says; every shared
//! user's profile holds every client's last write), no duplicate email (case-insensitive) or
//! username, every raced email won exactly once, no orphan authenticator (every authenticator's
//! owner exists, and the set equals the models'), and `count` equals what paging returns for
//! every ordering.
//!
//! `AUTHN_LOAD_OPS` sets the number of operations (HTTP requests) of the concurrent phase
//! (default 10,000, for a debug `cargo test`). The full run:
//!
//! ```sh
//! AUTHN_LOAD_OPS=50000 cargo test --release -p authn-emulator --test load -- --nocapture
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::time::{Duration, Instant};

use authn_api::types::User;
use authn_emulator::{Emulator, EmulatorConfig};
use serde_json::{Map, Value, json};

const CLIENTS: usize = 64;
/// Emails every client races to create.
const SHARED: usize = 48;
const DEFAULT_OPS: usize = 10_000;
const TOKEN: &str = "pts_load";

/// A small deterministic generator (splitmix64).
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    /// Each ASCII letter in upper or lower case.
    fn recase(&mut self, text: &str) -> String {
        text.chars()
            .map(|c| {
                if self.chance(50) {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    }
}

/// What a client knows about one of its own users.
#[derive(Debug, Clone, PartialEq)]
struct ModelUser {
    id: String,
    email: String,
    username: String,
    disabled: bool,
    phone: Option<String>,
    profile: BTreeMap<String, String>,
    authenticators: BTreeSet<String>,
}

/// One client: its connection pool, its model and its figures.
#[derive(Debug)]
struct Client {
    index: usize,
    http: reqwest::Client,
    base: String,
    rng: Rng,
    budget: usize,
    ops: usize,
    latencies: Vec<Duration>,
    counts: BTreeMap<&'static str, usize>,
    /// Own users by email (as created).
    users: BTreeMap<String, ModelUser>,
    deleted: Vec<ModelUser>,
    created: usize,
    /// Shared emails this client created (the lower-case email).
    won: BTreeSet<String>,
    /// Shared emails known to exist (lower case).
    known_shared: BTreeSet<String>,
    /// Each shared user's value of this client's profile key, as last written.
    shared_writes: BTreeMap<String, String>,
    writes: usize,
}

/// What a client hands back at the end.
#[derive(Debug)]
struct Outcome {
    index: usize,
    ops: usize,
    latencies: Vec<Duration>,
    counts: BTreeMap<&'static str, usize>,
    users: BTreeMap<String, ModelUser>,
    deleted: Vec<ModelUser>,
    won: BTreeSet<String>,
    shared_writes: BTreeMap<String, String>,
}

fn shared_email(k: usize) -> String {
    format!("shared{k}@load.test")
}

fn profile_key(client: usize) -> String {
    format!("c{client}")
}

impl Client {
    /// One request: HTTP 200 always (business failures are 200 too); the status and result.
    async fn call(&mut self, what: &'static str, path: &str, body: Value) -> (String, Value) {
        let started = Instant::now();
        let response = self
            .http
            .post(format!("{}{path}", self.base))
            .bearer_auth(TOKEN)
            .json(&body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("client {}: {what}: no answer: {e}", self.index));
        let http = response.status().as_u16();
        let mut envelope: Value = response.json().await.expect("a JSON envelope");
        self.latencies.push(started.elapsed());
        self.ops += 1;
        *self.counts.entry(what).or_default() += 1;
        assert_eq!(
            http, 200,
            "client {}: {what} {body}: {envelope}",
            self.index
        );
        let status = envelope["status"].as_str().unwrap_or_default().to_string();
        (status, envelope["result"].take())
    }

    fn expect_success(&self, what: &str, status: &str, result: &Value) {
        assert_eq!(status, "Success", "client {}: {what}: {result}", self.index);
    }

    /// A selector for `user`: by id, by email in random case, or by username.
    fn selector(&mut self, user: &ModelUser) -> Map<String, Value> {
        let mut selector = Map::new();
        match self.rng.below(3) {
            0 => selector.insert("id".into(), json!(user.id)),
            1 => {
                let email = self.rng.recase(&user.email);
                selector.insert("email".into(), json!(email))
            }
            _ => selector.insert("username".into(), json!(user.username)),
        };
        selector
    }

    fn pick(&mut self) -> Option<ModelUser> {
        if self.users.is_empty() {
            return None;
        }
        let i = self.rng.below(self.users.len());
        self.users.values().nth(i).cloned()
    }

    fn check_user(&self, what: &str, model: &ModelUser, got: &Value) {
        let user: User = serde_json::from_value(got.clone())
            .unwrap_or_else(|e| panic!("client {}: {what}: not a user ({e}): {got}", self.index));
        assert_eq!(
            to_model(&user, &model.authenticators),
            *model,
            "client {}: {what}",
            self.index
        );
    }

    async fn run(mut self) -> Outcome {
        while self.ops < self.budget {
            let roll = self.rng.below(100);
            match roll {
                _ if self.users.len() < 3 => self.create().await,
                0..=10 => self.create().await,
                11 => self.create_taken().await,
                12..=18 => self.create_shared().await,
                19..=28 => self.update().await,
                29..=40 => self.update_profile().await,
                41..=47 => self.update_shared_profile().await,
                48..=62 => self.get().await,
                63..=67 => self.delete().await,
                68..=75 => self.add_authenticator().await,
                76..=81 => self.delete_authenticator().await,
                82..=86 => self.list_authenticators().await,
                _ => self.page_through().await,
            }
        }
        Outcome {
            index: self.index,
            ops: self.ops,
            latencies: self.latencies,
            counts: self.counts,
            users: self.users,
            deleted: self.deleted,
            won: self.won,
            shared_writes: self.shared_writes,
        }
    }

    async fn create(&mut self) {
        let n = self.created;
        self.created += 1;
        let email = format!("u{n}@c{}.load.test", self.index);
        let username = self.rng.chance(50).then(|| format!("c{}_u{n}", self.index));
        let mut body = json!({"email": email, "profile": {"first_name": format!("F{n}")}});
        if let Some(username) = &username {
            body["username"] = json!(username);
        }
        let (status, result) = self.call("user/create", "/v2/user/create", body).await;
        self.expect_success("user/create", &status, &result);
        let model = ModelUser {
            id: result["id"].as_str().expect("an id").to_string(),
            email: email.clone(),
            username: username.unwrap_or_else(|| email.clone()),
            disabled: false,
            phone: None,
            profile: BTreeMap::from([("first_name".to_string(), format!("F{n}"))]),
            authenticators: BTreeSet::new(),
        };
        self.check_user("user/create", &model, &result);
        self.users.insert(email, model);
    }

    /// Re-creating an own email, in another case: refused, nothing changes.
    async fn create_taken(&mut self) {
        let Some(user) = self.pick() else { return };
        let email = self.rng.recase(&user.email);
        let body = json!({"email": email, "profile": {"first_name": "Dup"}});
        let (status, _) = self
            .call("user/create (taken)", "/v2/user/create", body)
            .await;
        assert_eq!(status, "UserExists", "client {}: {email}", self.index);
    }

    async fn create_shared(&mut self) {
        let k = self.rng.below(SHARED);
        let email = shared_email(k);
        let cased = self.rng.recase(&email);
        let body = json!({"email": cased, "profile": {"first_name": "Shared"}});
        let (status, _) = self
            .call("user/create (shared)", "/v2/user/create", body)
            .await;
        match status.as_str() {
            "Success" => {
                assert!(
                    !self.known_shared.contains(&email),
                    "client {}: {email} created twice",
                    self.index
                );
                self.won.insert(email.clone());
            }
            "UserExists" => {}
            other => panic!("client {}: create shared: {other}", self.index),
        }
        self.known_shared.insert(email);
    }

    async fn update(&mut self) {
        let Some(mut user) = self.pick() else { return };
        let mut body = Value::Object(self.selector(&user));
        if self.rng.chance(70) {
            user.disabled = self.rng.chance(50);
            body["disabled"] = json!(user.disabled);
        }
        if self.rng.chance(60) {
            let phone = format!("+1555{:07}", self.rng.below(10_000_000));
            user.phone = Some(phone.clone());
            body["phone"] = json!(phone);
        }
        if self.rng.chance(20) {
            body["unlock"] = json!(true);
        }
        let (status, result) = self.call("user/update", "/v2/user/update", body).await;
        self.expect_success("user/update", &status, &result);
        self.check_user("user/update", &user, &result);
        self.users.insert(user.email.clone(), user);
    }

    async fn update_profile(&mut self) {
        let Some(mut user) = self.pick() else { return };
        let mut edits = Map::new();
        for key in ["first_name", "last_name", "nick", "city"] {
            if self.rng.chance(40) {
                self.writes += 1;
                let value = format!("{key}-{}-{}", self.index, self.writes);
                edits.insert(key.into(), json!(value));
                user.profile.insert(key.into(), value);
            }
        }
        for key in ["nick", "city"] {
            if !edits.contains_key(key) && self.rng.chance(20) {
                edits.insert(key.into(), Value::Null);
                user.profile.remove(key);
            }
        }
        // Now and then, a deletion of first_name: the whole update is refused.
        let refused = self.rng.chance(8);
        if refused {
            edits.insert("first_name".into(), Value::Null);
        }
        let mut body = Value::Object(self.selector(&user));
        body["profile"] = Value::Object(edits);
        let (status, result) = self
            .call("user/profile/update", "/v2/user/profile/update", body)
            .await;
        if refused {
            assert_eq!(status, "CantDeleteFirstName", "client {}", self.index);
            return;
        }
        self.expect_success("user/profile/update", &status, &result);
        self.check_user("user/profile/update", &user, &result);
        self.users.insert(user.email.clone(), user);
    }

    /// Every client writes its own key of a shared user's profile: concurrent updates of one
    /// user must not lose each other's keys.
    async fn update_shared_profile(&mut self) {
        let k = self.rng.below(SHARED);
        let email = shared_email(k);
        self.writes += 1;
        let value = format!("v{}", self.writes);
        let body = json!({
            "email": self.rng.recase(&email),
            "profile": {profile_key(self.index): value},
        });
        let (status, result) = self
            .call(
                "user/profile/update (shared)",
                "/v2/user/profile/update",
                body,
            )
            .await;
        match status.as_str() {
            "Success" => {
                assert_eq!(result["profile"][profile_key(self.index)], json!(value));
                self.shared_writes.insert(email.clone(), value);
                self.known_shared.insert(email);
            }
            "UserNotFound" => assert!(
                !self.known_shared.contains(&email),
                "client {}: {email} vanished",
                self.index
            ),
            other => panic!("client {}: shared profile update: {other}", self.index),
        }
    }

    async fn get(&mut self) {
        // Now and then, a deleted user: not found.
        if !self.deleted.is_empty() && self.rng.chance(10) {
            let user = self.deleted[self.rng.below(self.deleted.len())].clone();
            let body = Value::Object(self.selector(&user));
            let (status, _) = self
                .call("user/profile/get (deleted)", "/v2/user/profile/get", body)
                .await;
            assert_eq!(status, "UserNotFound", "client {}", self.index);
            return;
        }
        let Some(user) = self.pick() else { return };
        let body = Value::Object(self.selector(&user));
        let (status, result) = self
            .call("user/profile/get", "/v2/user/profile/get", body)
            .await;
        self.expect_success("user/profile/get", &status, &result);
        self.check_user("user/profile/get", &user, &result);
    }

    async fn delete(&mut self) {
        let Some(user) = self.pick() else { return };
        let body = Value::Object(self.selector(&user));
        let (status, result) = self.call("user/delete", "/v2/user/delete", body).await;
        self.expect_success("user/delete", &status, &result);
        self.users.remove(&user.email);
        self.deleted.push(user);
    }

    async fn add_authenticator(&mut self) {
        let Some(mut user) = self.pick() else { return };
        let kind = ["totp", "email_otp", "passkey", "sms_otp", "magiclink"][self.rng.below(5)];
        let mut body = Value::Object(self.selector(&user));
        body["type"] = json!(kind);
        let (status, result) = self
            .call(
                "_emulator/authenticators",
                "/_emulator/authenticators",
                body,
            )
            .await;
        self.expect_success("_emulator/authenticators", &status, &result);
        assert_eq!(result["type"], kind);
        let id = result["id"].as_str().expect("an id").to_string();
        assert!(user.authenticators.insert(id), "a new authenticator id");
        self.users.insert(user.email.clone(), user);
    }

    async fn delete_authenticator(&mut self) {
        let Some(mut user) = self.pick() else { return };
        let existing: Vec<String> = user.authenticators.iter().cloned().collect();
        let mut body = Value::Object(self.selector(&user));
        if existing.is_empty() || self.rng.chance(10) {
            body["authenticator_id"] = json!(format!("pau_{}", "a".repeat(32)));
            let (status, _) = self
                .call(
                    "user/authenticators/delete (unknown)",
                    "/v2/user/authenticators/delete",
                    body,
                )
                .await;
            assert_eq!(status, "AuthenticatorNotFound", "client {}", self.index);
            return;
        }
        let id = existing[self.rng.below(existing.len())].clone();
        body["authenticator_id"] = json!(id);
        let (status, result) = self
            .call(
                "user/authenticators/delete",
                "/v2/user/authenticators/delete",
                body,
            )
            .await;
        self.expect_success("user/authenticators/delete", &status, &result);
        user.authenticators.remove(&id);
        self.users.insert(user.email.clone(), user);
    }

    async fn list_authenticators(&mut self) {
        let Some(user) = self.pick() else { return };
        let body = Value::Object(self.selector(&user));
        let (status, result) = self
            .call(
                "user/authenticators/list",
                "/v2/user/authenticators/list",
                body,
            )
            .await;
        self.expect_success("user/authenticators/list", &status, &result);
        let got: BTreeSet<String> = result["authenticators"]
            .as_array()
            .expect("authenticators")
            .iter()
            .map(|a| a["id"].as_str().expect("an id").to_string())
            .collect();
        assert_eq!(got, user.authenticators, "client {}", self.index);
    }

    /// Pages through this client's own users to the end, with a random ordering, page size and
    /// filter: `count` equals the model on every page, and the pages hold each user once.
    async fn page_through(&mut self) {
        let domain = format!("@c{}.load.test", self.index);
        let mut filter = json!({"email__contains": [domain]});
        let expected: BTreeSet<String> = match self.rng.below(3) {
            0 => {
                let disabled = self.rng.chance(50);
                filter["disabled"] = json!(disabled);
                self.users
                    .values()
                    .filter(|u| u.disabled == disabled)
                    .map(|u| u.id.clone())
                    .collect()
            }
            1 => {
                filter["profile_nick__exists"] = json!(true);
                self.users
                    .values()
                    .filter(|u| u.profile.contains_key("nick"))
                    .map(|u| u.id.clone())
                    .collect()
            }
            _ => self.users.values().map(|u| u.id.clone()).collect(),
        };
        let order_by = [
            None,
            Some("email"),
            Some("id"),
            Some("created_at"),
            Some("login_count"),
        ][self.rng.below(5)];
        let order = [None, Some("asc"), Some("desc")][self.rng.below(3)];
        let size = 1 + self.rng.below(12);
        let mut seen = BTreeSet::new();
        let mut last: Option<String> = None;
        let mut previous_email: Option<String> = None;
        loop {
            let mut body = json!({"filter": filter, "size": size});
            if let Some(order_by) = order_by {
                body["order_by"] = json!(order_by);
            }
            if let Some(order) = order {
                body["order"] = json!(order);
            }
            if let Some(last) = last.take() {
                body["last"] = json!(last);
            }
            let (status, result) = self.call("user/list (page)", "/v2/user/list", body).await;
            self.expect_success("user/list", &status, &result);
            assert_eq!(
                result["count"].as_u64(),
                Some(expected.len() as u64),
                "client {}: count",
                self.index
            );
            let users = result["users"].as_array().expect("users");
            assert!(users.len() <= size);
            for user in users {
                let id = user["id"].as_str().expect("an id").to_string();
                assert!(seen.insert(id), "client {}: a user paged twice", self.index);
                if order_by == Some("email") {
                    let email = user["email"].as_str().expect("an email").to_string();
                    if let Some(previous) = &previous_email {
                        let in_order = if order == Some("desc") {
                            previous >= &email
                        } else {
                            previous <= &email
                        };
                        assert!(in_order, "client {}: email order", self.index);
                    }
                    previous_email = Some(email);
                }
            }
            match result["last"].as_str() {
                Some(cursor) => last = Some(cursor.to_string()),
                None => break,
            }
        }
        assert_eq!(seen, expected, "client {}: paging", self.index);
    }
}

fn to_model(user: &User, authenticators: &BTreeSet<String>) -> ModelUser {
    ModelUser {
        id: user.id.clone(),
        email: user.email.clone(),
        username: user.username.clone().unwrap_or_default(),
        disabled: user.disabled == Some(true),
        phone: user.phone.clone(),
        profile: user.profile.0.clone(),
        authenticators: authenticators.clone(),
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Pages through every user with each ordering: `count` equals what paging returns.
async fn page_everything(emulator: &Emulator, expected: &BTreeSet<String>) -> usize {
    let http = reqwest::Client::new();
    let mut requests = 0;
    for order_by in [None, Some("email"), Some("id"), Some("created_at")] {
        for (order, size) in [(None, 10_000), (Some("desc"), 97), (Some("asc"), 500)] {
            let mut seen = BTreeSet::new();
            let mut last: Option<String> = None;
            loop {
                let mut body = json!({"size": size});
                if let Some(order_by) = order_by {
                    body["order_by"] = json!(order_by);
                }
                if let Some(order) = order {
                    body["order"] = json!(order);
                }
                if let Some(last) = last.take() {
                    body["last"] = json!(last);
                }
                let envelope: Value = http
                    .post(format!("{}/v2/user/list", emulator.base_url()))
                    .bearer_auth(TOKEN)
                    .json(&body)
                    .send()
                    .await
                    .expect("answers")
                    .json()
                    .await
                    .expect("JSON");
                requests += 1;
                assert_eq!(envelope["status"], "Success");
                let result = &envelope["result"];
                assert_eq!(
                    result["count"].as_u64(),
                    Some(expected.len() as u64),
                    "{order_by:?} {order:?}"
                );
                for user in result["users"].as_array().expect("users") {
                    let id = user["id"].as_str().expect("id").to_string();
                    assert!(seen.insert(id), "{order_by:?} {order:?}: paged twice");
                }
                match result["last"].as_str() {
                    Some(cursor) => last = Some(cursor.to_string()),
                    None => break,
                }
            }
            assert_eq!(&seen, expected, "{order_by:?} {order:?} size {size}");
        }
    }
    requests
}

#[tokio::test(flavor = "multi_thread")]
async fn sixty_four_clients_leave_exactly_the_state_their_models_predict() {
    let total: usize = std::env::var("AUTHN_LOAD_OPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_OPS);
    let budget = total.div_ceil(CLIENTS);
    let emulator = Emulator::start_with(
        EmulatorConfig::new(TOKEN),
        "127.0.0.1:0".parse().expect("addr"),
    )
    .await
    .expect("starts");

    let started = Instant::now();
    let mut tasks = Vec::new();
    for index in 0..CLIENTS {
        let client = Client {
            index,
            http: reqwest::Client::new(),
            base: emulator.base_url().to_string(),
            rng: Rng(0x5EED_0000 + index as u64),
            budget,
            ops: 0,
            latencies: Vec::with_capacity(budget + 32),
            counts: BTreeMap::new(),
            users: BTreeMap::new(),
            deleted: Vec::new(),
            created: 0,
            won: BTreeSet::new(),
            known_shared: BTreeSet::new(),
            shared_writes: BTreeMap::new(),
            writes: 0,
        };
        tasks.push(tokio::spawn(client.run()));
    }
    let mut outcomes = Vec::new();
    for task in tasks {
        match task.await {
            Ok(outcome) => outcomes.push(outcome),
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(e) => panic!("a client task failed: {e}"),
        }
    }
    let elapsed = started.elapsed();

    // Figures.
    let ops: usize = outcomes.iter().map(|o| o.ops).sum();
    let mut latencies: Vec<Duration> = outcomes
        .iter()
        .flat_map(|o| o.latencies.iter().copied())
        .collect();
    latencies.sort_unstable();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for outcome in &outcomes {
        for (what, n) in &outcome.counts {
            *counts.entry(what).or_default() += n;
        }
    }
    println!(
        "{CLIENTS} clients, {ops} operations in {elapsed:.2?}: {:.0} ops/s; latency p50 {:?}, \
         p99 {:?}, max {:?} ({} build)",
        ops as f64 / elapsed.as_secs_f64(),
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies.last().copied().unwrap_or_default(),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
    );
    for (what, n) in &counts {
        println!("  {what:<38} {n:>7}");
    }
    assert!(ops >= total, "{ops} operations, {total} asked for");

    // The final state, against the models.
    let check_started = Instant::now();
    let users = emulator.users();
    let by_id: HashMap<&str, &User> = users.iter().map(|u| (u.id.as_str(), u)).collect();
    assert_eq!(by_id.len(), users.len(), "duplicate ids");
    let mut emails = HashSet::new();
    let mut usernames = HashSet::new();
    for user in &users {
        assert!(
            emails.insert(user.email.to_ascii_lowercase()),
            "duplicate email {}",
            user.email
        );
        let username = user.username.clone().expect("a username");
        assert!(usernames.insert(username.clone()), "duplicate {username}");
    }
    let authenticators = emulator.authenticators();
    let mut actual_authenticators: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (owner, authenticator) in &authenticators {
        assert!(
            by_id.contains_key(owner.as_str()),
            "orphan authenticator {} of {owner}",
            authenticator.id
        );
        assert!(
            actual_authenticators
                .entry(owner.clone())
                .or_default()
                .insert(authenticator.id.clone()),
            "authenticator {} twice",
            authenticator.id
        );
    }

    let mut expected_ids = BTreeSet::new();
    let mut model_authenticators = 0;
    for outcome in &outcomes {
        for model in outcome.users.values() {
            let user = by_id
                .get(model.id.as_str())
                .unwrap_or_else(|| panic!("client {}: {} lost", outcome.index, model.email));
            let owned = actual_authenticators
                .get(&model.id)
                .cloned()
                .unwrap_or_default();
            assert_eq!(
                to_model(user, &owned),
                *model,
                "client {}: a lost update",
                outcome.index
            );
            model_authenticators += model.authenticators.len();
            expected_ids.insert(model.id.clone());
        }
        for model in &outcome.deleted {
            assert!(
                !by_id.contains_key(model.id.as_str()),
                "client {}: deleted user {} is back",
                outcome.index,
                model.email
            );
        }
    }
    assert_eq!(
        authenticators.len(),
        model_authenticators,
        "authenticators beyond the models'"
    );

    // Shared emails: won at most once each; every won user exists with every client's last
    // profile write.
    let mut winners: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for outcome in &outcomes {
        for email in &outcome.won {
            winners.entry(email).or_default().push(outcome.index);
        }
    }
    for (email, clients) in &winners {
        assert_eq!(clients.len(), 1, "{email} created by clients {clients:?}");
    }
    let shared: HashMap<String, &User> = users
        .iter()
        .filter(|u| u.email.to_ascii_lowercase().starts_with("shared"))
        .map(|u| (u.email.to_ascii_lowercase(), u))
        .collect();
    assert_eq!(
        shared.len(),
        winners.len(),
        "shared users nobody created, or created ones missing"
    );
    let mut shared_writes = 0;
    for outcome in &outcomes {
        for (email, value) in &outcome.shared_writes {
            let user = shared
                .get(email)
                .unwrap_or_else(|| panic!("{email} written but missing"));
            assert_eq!(
                user.profile.0.get(&profile_key(outcome.index)),
                Some(value),
                "client {}: its last write to {email} was lost",
                outcome.index
            );
            shared_writes += 1;
        }
    }
    for user in shared.values() {
        expected_ids.insert(user.id.clone());
    }
    assert_eq!(users.len(), expected_ids.len(), "users nobody created");

    let paging_requests = page_everything(&emulator, &expected_ids).await;
    println!(
        "final state: {} users ({} shared, {} shared profile keys checked), {} authenticators, \
         checked in {:.2?} ({paging_requests} paging requests)",
        users.len(),
        shared.len(),
        shared_writes,
        authenticators.len(),
        check_started.elapsed()
    );
    emulator.shutdown().await;
}
