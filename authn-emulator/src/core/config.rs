//! How an emulator is set up: its token, limits, and the faults it injects.

use std::time::Duration;

/// Faults injected into answers, for tests and benchmarks. All off by default.
///
/// ```
/// use std::time::Duration;
/// let faults = authn_emulator::Faults {
///     latency: Duration::from_millis(5),
///     error_rate: 0.1,
///     ..Default::default()
/// };
/// # let _ = faults;
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Faults {
    /// Added before every answer.
    pub latency: Duration,
    /// The share of requests (0 to 1) answered with `error_status` instead.
    pub error_rate: f64,
    /// The HTTP status of injected errors (default 503).
    pub error_status: u16,
    /// The share of successful answers held back behind a 202 `Accepted`.
    pub accept_rate: f64,
    /// How many polls of `request/{id}` a held-back answer needs: it is returned on this poll.
    pub accept_polls: u32,
}

impl Default for Faults {
    fn default() -> Self {
        Self {
            latency: Duration::ZERO,
            error_rate: 0.0,
            error_status: 503,
            accept_rate: 0.0,
            accept_polls: 2,
        }
    }
}

/// The emulator's settings.
///
/// ```
/// let config = authn_emulator::EmulatorConfig::new("pts_test_token");
/// assert_eq!(config.token, "pts_test_token");
/// ```
#[derive(Clone, PartialEq)]
pub struct EmulatorConfig {
    /// The service token every request must carry as `Authorization: Bearer <token>`.
    pub token: String,
    /// The largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// How long a client may take to send a request's headers, including the wait for the next
    /// request on a kept-alive connection: an idle or slow client is disconnected after it.
    pub header_timeout: Duration,
    /// How long a client may take to send a request's body.
    pub body_timeout: Duration,
    /// Faults to inject.
    pub faults: Faults,
    /// A directory to record every answer in (see the `record` module of the README): for
    /// checking the answers of a whole test run against the description. Defaults to the
    /// `AUTHN_EMULATOR_RECORD_ANSWERS` environment variable, so that a test run can turn it on
    /// for emulators it does not configure itself; off when that is unset.
    pub record_answers: Option<std::path::PathBuf>,
    /// A file the store is loaded from at start (when it exists) and saved to, atomically, on
    /// [`Emulator::stop`](crate::Emulator::stop) and `POST /_emulator/snapshot`: the binary's
    /// `--state FILE`. `None` (the default) keeps everything in memory only.
    pub state_file: Option<std::path::PathBuf>,
    /// How long an active (user) token lives (15 minutes; at least 1 ms): the binary's
    /// `--active-token-life-ms`, and `/_emulator/tokens` at run time.
    pub active_token_life: Duration,
    /// How long a refresh token, and so a session, lives (2 days; at least 1 ms): the binary's
    /// `--refresh-token-life-ms`.
    pub refresh_token_life: Duration,
    /// Whether active tokens are ES256 JWTs, signed by the keys published at `client/jwks`,
    /// rather than `ptu_` tokens (off): the binary's `--jwt`.
    pub jwt_tokens: bool,
}

/// Every field but the service token, which is redacted.
impl std::fmt::Debug for EmulatorConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EmulatorConfig")
            .field("token", &"<redacted>")
            .field("max_body_bytes", &self.max_body_bytes)
            .field("header_timeout", &self.header_timeout)
            .field("body_timeout", &self.body_timeout)
            .field("faults", &self.faults)
            .field("record_answers", &self.record_answers)
            .field("state_file", &self.state_file)
            .field("active_token_life", &self.active_token_life)
            .field("refresh_token_life", &self.refresh_token_life)
            .field("jwt_tokens", &self.jwt_tokens)
            .finish()
    }
}

impl EmulatorConfig {
    /// A configuration with `token` and the defaults: 1 MiB bodies, 10 s to send headers (or to
    /// start the next request on a kept-alive connection), 10 s to send a body, no faults,
    /// `ptu_` active tokens of 15 minutes and refresh tokens of 2 days.
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            token: token.into(),
            max_body_bytes: 1024 * 1024,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            faults: Faults::default(),
            record_answers: std::env::var_os("AUTHN_EMULATOR_RECORD_ANSWERS")
                .filter(|dir| !dir.is_empty())
                .map(std::path::PathBuf::from),
            state_file: None,
            active_token_life: Duration::from_secs(15 * 60),
            refresh_token_life: Duration::from_secs(2 * 24 * 60 * 60),
            jwt_tokens: false,
        }
    }
}
