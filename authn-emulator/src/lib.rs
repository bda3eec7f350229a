//! A local, stateful, in-memory emulator of Pangea's AuthN service: the user calls, sessions and
//! tokens (ES256 JWTs and their JWKS included), invites and password expiry.
//!
//! It speaks the same wire format as the real service (`openapi/authn.yaml`): the Pangea
//! envelope, bearer-token auth, `ValidationError`s with `result.errors[]`, business failures as
//! HTTP 200 with another status, `last`-cursor paging. It lets the SDK, its examples, its tests
//! and its users' tests run offline. Emulator-only routes under `/_emulator/` give users a
//! password, extra authenticators and one-time login codes, set token lifetimes and JWT mode,
//! and rotate the signing keys.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> std::io::Result<()> {
//! let emulator = authn_emulator::Emulator::start().await?;
//! println!("AuthN emulator at {} (token {})", emulator.base_url(), emulator.token());
//! let user = emulator.create_user("joe@example.com").expect("created");
//! emulator.set_password("joe@example.com", "hunter2").expect("password set");
//! let code = emulator.login_code("joe@example.com").expect("code minted");
//! assert!(code.starts_with("pmc_"));
//! emulator.shutdown().await;
//! # let _ = user;
//! # Ok(())
//! # }
//! ```

// Arranged by API area over a shared core: `users`, `sessions` and `invites` import `core`
// (and `users` imports `sessions`); `store` puts the areas together; nothing imports it but
// this file.
mod core;
pub mod invites;
pub mod sessions;
pub mod store;
pub mod users;

pub use core::listing::{FieldKind, FilterKeys};
pub use core::script;

/// The validation tables and their machinery (the paths of before the areas, kept for the
/// agreement tests).
pub mod validate {
    pub use crate::core::validate::*;
    pub use crate::users::spec::*;
}

/// `user/list`'s filter keys, page sizes and query (the paths of before the areas).
pub mod list {
    pub use crate::users::list::*;
}

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use authn_api::types::{Authenticator, KnownAuthenticatorType, User};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use crate::core::config::{EmulatorConfig, Faults};
use crate::core::http::Shared;
pub use crate::core::ids::new_id;
pub use crate::core::persist::StateError;
pub use crate::core::script::{AcceptNext, Delay, FailNext, FaultError, Script};
use store::{Refusal, Selector, Store};

/// A running emulator. Dropping it stops the server; [`shutdown`](Self::shutdown) also waits.
#[derive(Debug)]
pub struct Emulator {
    addr: SocketAddr,
    base_url: String,
    state: Arc<Shared<Store>>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl Emulator {
    /// Starts an emulator on `127.0.0.1` on a free port, with a fresh random token.
    pub async fn start() -> std::io::Result<Self> {
        Self::start_with(
            EmulatorConfig::new(new_id("pts")),
            "127.0.0.1:0".parse().unwrap_or_else(|_| loopback()),
        )
        .await
    }

    /// Starts an emulator with `config` on `addr` (port 0 picks a free port).
    pub async fn start_with(config: EmulatorConfig, addr: SocketAddr) -> std::io::Result<Self> {
        let listener = TcpListener::bind(addr).await?;
        Self::serve(config, listener)
    }

    /// Serves on an already bound listener. With a [`state_file`](EmulatorConfig::state_file)
    /// that exists, the store is loaded from it; a file that cannot be read or is not a valid
    /// state is an error wrapping a [`StateError`].
    pub fn serve(config: EmulatorConfig, listener: TcpListener) -> std::io::Result<Self> {
        let addr = listener.local_addr()?;
        let mut store = match &config.state_file {
            None => Store::new(),
            Some(path) => Store::load(path).map_err(std::io::Error::other)?,
        };
        let base_url = format!("http://{addr}");
        store.configure(&config, base_url.clone());
        let state = Arc::new(Shared::new(config, store));
        let mut router = core::http::router(Arc::clone(&state), store::routes());
        if let Some(dir) = &state.config.record_answers {
            let recorder = Arc::new(core::record::Recorder::create(dir)?);
            router = router.route_layer(axum::middleware::from_fn_with_state(
                recorder,
                core::record::record,
            ));
        }
        let header_timeout = state.config.header_timeout;
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(core::server::serve(
            listener,
            router,
            header_timeout,
            stopped,
        ));
        Ok(Self {
            addr,
            base_url,
            state,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port>`: use it as the SDK's base URL template.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The service token requests must carry.
    pub fn token(&self) -> &str {
        &self.state.config.token
    }

    /// Creates a user directly (as `user/create` would).
    pub fn create_user(&self, email: &str) -> Result<User, Refusal> {
        self.state
            .store()
            .create_user(email, None, Default::default())
    }

    /// Gives the user with this email a password (and a `password` authenticator).
    pub fn set_password(&self, email: &str, password: &str) -> Result<(), Refusal> {
        self.state
            .store()
            .set_password(&Selector::Email(email.to_string()), password)
    }

    /// Enrols another authenticator for the user with this email.
    pub fn add_authenticator(
        &self,
        email: &str,
        kind: KnownAuthenticatorType,
    ) -> Result<Authenticator, Refusal> {
        self.state
            .store()
            .add_authenticator(&Selector::Email(email.to_string()), kind)
    }

    /// Mints a one-time login code for the user with this email, for `client/userinfo`.
    pub fn login_code(&self, email: &str) -> Result<String, Refusal> {
        self.state
            .store()
            .mint_login_code(&Selector::Email(email.to_string()))
    }

    /// Every user, in creation order.
    pub fn users(&self) -> Vec<User> {
        self.state.store().users()
    }

    /// Every authenticator, with its owner's id.
    pub fn authenticators(&self) -> Vec<(String, Authenticator)> {
        self.state.store().all_authenticators()
    }

    /// Sets the lives of the active and refresh tokens issued from now on (at least 1 ms
    /// each), as `POST /_emulator/tokens` does: short ones let a test see tokens expire.
    pub fn set_token_lifetimes(&self, active: Duration, refresh: Duration) {
        let mut store = self.state.store();
        let settings = store.settings();
        settings.active_life = active.max(Duration::from_millis(1));
        settings.refresh_life = refresh.max(Duration::from_millis(1));
    }

    /// Makes the active tokens issued from now on ES256 JWTs (`true`) or `ptu_` tokens.
    pub fn set_jwt_tokens(&self, on: bool) {
        self.state.store().settings().jwt = on;
    }

    /// Makes a new signing key, which signs every JWT from now on, and returns its `kid`. The
    /// old public keys stay published at `client/jwks` (tokens they signed still verify)
    /// unless `drop_old`.
    pub fn rotate_signing_key(&self, drop_old: bool) -> Result<String, Refusal> {
        self.state.store().keys().rotate(drop_old)
    }

    /// Signs `claims` as they are with the current key (ES256, its `kid` in the header), for
    /// tests that need tokens the emulator would not issue: expired, of another issuer... An
    /// empty string in the (never seen) case that the key cannot sign.
    pub fn sign_jwt(&self, claims: &serde_json::Value) -> String {
        match self.state.store().keys().sign(claims) {
            Ok(token) => token,
            Err(e) => {
                tracing::error!(error = %e, "a JWT could not be signed");
                String::new()
            }
        }
    }

    /// What `client/jwks` answers: `{"keys": [...]}`, every published public key.
    pub fn jwks(&self) -> serde_json::Value {
        self.state
            .store()
            .keys()
            .jwks()
            .unwrap_or_else(|_| serde_json::json!({ "keys": [] }))
    }

    /// Marks the password of the user with this email expired (`user/password/expire`).
    pub fn expire_password(&self, email: &str) -> Result<(), Refusal> {
        let mut store = self.state.store();
        let id = store.get_user(&Selector::Email(email.to_string()))?.id;
        store.expire_password(&id)
    }

    /// Scripts a failure: the next `count` calls of `operation` (an `operationId` of the
    /// description, such as `user_create` or `request_poll`) answer HTTP `status`, with
    /// `Retry-After` when given (in whole seconds, rounded up).
    pub fn fail_next(
        &self,
        operation: &str,
        count: u32,
        status: u16,
        retry_after: Option<Duration>,
    ) -> Result<(), FaultError> {
        self.state.script().fail(FailNext {
            operation: operation.to_string(),
            count,
            status,
            retry_after: retry_after
                .map(|d| d.as_secs().saturating_add(u64::from(d.subsec_nanos() > 0))),
        })
    }

    /// Scripts a delay: every call of `operation` waits `delay` before it is answered, until
    /// [`reset_faults`](Self::reset_faults).
    pub fn delay(&self, operation: &str, delay: Duration) -> Result<(), FaultError> {
        self.state.script().delay(Delay {
            operation: operation.to_string(),
            delay_ms: u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
        })
    }

    /// Scripts an acceptance: the next `count` calls of `operation` that would answer HTTP 200
    /// answer 202 `Accepted`, and `GET /request/{id}` returns each answer on poll `polls`.
    pub fn accept_next(&self, operation: &str, count: u32, polls: u32) -> Result<(), FaultError> {
        self.state.script().accept(AcceptNext {
            operation: operation.to_string(),
            count,
            polls,
        })
    }

    /// Forgets every scripted fault, every call count and every held-back answer.
    pub fn reset_faults(&self) {
        self.state.reset_faults();
    }

    /// The scripted faults still to happen, and the calls counted per operation.
    pub fn script(&self) -> Script {
        self.state.script().clone()
    }

    /// How many calls of `operation` were made since the start or the last reset.
    pub fn calls(&self, operation: &str) -> u64 {
        self.state
            .script()
            .calls
            .get(operation)
            .copied()
            .unwrap_or(0)
    }

    /// Writes the store to the [`state_file`](EmulatorConfig::state_file) now, atomically
    /// (what `POST /_emulator/snapshot` does); returns the file.
    pub fn save_state(&self) -> Result<std::path::PathBuf, StateError> {
        store::save_state(&self.state)
    }

    /// Stops accepting connections, finishes the requests in flight, waits, and then writes
    /// the store to the state file, if there is one.
    pub async fn stop(mut self) -> Result<(), StateError> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
        match self.state.config.state_file {
            Some(_) => store::save_state(&self.state).map(drop),
            None => Ok(()),
        }
    }

    /// Like [`stop`](Self::stop), logging a state file that could not be written.
    pub async fn shutdown(self) {
        if let Err(e) = self.stop().await {
            tracing::error!(error = %e, "the state was not saved");
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

fn loopback() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 0))
}
