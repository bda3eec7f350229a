//! A Rust SDK for Pangea's AuthN service.
//!
//! Create, find, update, disable and delete users, list and delete their authenticators,
//! invite users, exchange a login code for a session, check, refresh and end sessions, verify
//! tokens (on the service, or locally as JWTs with the `jwt` feature), and change or expire a
//! password. Calls are grouped the way Pangea's documentation groups them: `authn.user()`
//! (with `.profile()`, `.authenticators()`, `.invite(..)` and `.invites()`), `authn.client()`
//! (`.userinfo(..)`, `.session()`, `.token()`, `.jwks()`, `.password()`) and
//! `authn.session()`. Required
//! arguments are arguments, optional ones are builder methods, and `.send().await` sends the
//! request. Builders own a handle to the client, so a prepared request can be moved into
//! `tokio::spawn`, and list streams can be returned from functions.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let emulator = authn_emulator::Emulator::start().await?;
//! use authn_sdk::{AuthN, Config, ProfileEdit, UserFilter, UserOrderBy, UserRef};
//!
//! // In production: `Config::from_env()?` (PANGEA_AUTHN_TOKEN, and PANGEA_DOMAIN or
//! // PANGEA_BASE_URL_TEMPLATE). Here, the emulator:
//! let config = Config::new(emulator.token()).base_url_template(emulator.base_url());
//! let authn = AuthN::new(config)?;
//! let user = authn.user().create("joe.user@email.com").profile([("first_name", "Joe")]).send().await?;
//! authn.user().update(UserRef::email("joe.user@email.com")).disabled(true).send().await?;
//! let fetched = authn.user().profile().get(UserRef::id(&user.id)).send().await?;
//! let edits = ProfileEdit::new().set("phone", "18085550173").remove("nickname");
//! authn.user().profile().update(UserRef::id(&user.id), edits).send().await?;
//! let page = authn.user().list().filter(UserFilter::new().email_contains(["@email.com"])).send().await?;
//! assert_eq!(page.count, 1);
//!
//! // A builder owns what it needs: it can run on another task.
//! let delete = authn.user().delete(UserRef::email("joe.user@email.com"));
//! tokio::spawn(delete.send()).await??;
//! let everyone = authn.user().list().order_by(UserOrderBy::Email).size(100).items().try_collect().await?;
//! assert!(everyone.is_empty());
//! # let _ = fetched;
//! # Ok(())
//! # }
//! ```
//!
//! Errors are one type, [`Error`]: a call succeeds only when the HTTP status is 200 and the
//! envelope says `Success`. Retries (HTTP 500/502/503/504, refused connections, `Retry-After`),
//! polling of 202 answers, timeouts and a bounded response size are handled by the transport;
//! see [`Config`] and [`RetryPolicy`].
//!
//! For tests of your own code, every result and error can be built by hand
//! ([`Response::new`], [`User::new`], [`ApiError::new`], the variants of [`Error`]), and the
//! `authn-emulator` crate runs a local AuthN in-process.
//!
//! # Features
//!
//! - `rustls` (default): HTTPS through rustls (with aws-lc-rs, as reqwest's default).
//! - `native-tls`: HTTPS through the platform's TLS (OpenSSL on Linux, Security.framework on
//!   macOS, SChannel on Windows). With both on, reqwest uses native TLS.
//! - `jwt`: `jwt::Verifier`, which verifies JWT active tokens locally against the project's
//!   cached key set (jsonwebtoken on aws-lc-rs, which the `rustls` feature already builds).
//! - `chrono`: [`Timestamp`] to and from `chrono::DateTime<Utc>` (the SDK does not build
//!   chrono otherwise).
//!
//! With neither, only a [`Config::http_client`] of your own can reach an HTTPS URL:
//! [`AuthN::new`] refuses the configuration and names the feature to enable.

mod call;
pub mod client;
mod config;
mod convert;
mod error;
mod filter;
#[cfg(feature = "jwt")]
pub mod jwt;
mod model;
mod open_enum;
mod pagination;
mod response;
mod retry;
mod selector;
pub mod session;
mod status;
mod token;
mod transport;
pub mod user;

use std::fmt;
use std::sync::Arc;

/// The generated low-level client this SDK is built on: an escape hatch, see [`AuthN::api`].
/// Its types change whenever it is regenerated; the SDK's own types do not.
pub use authn_api;
pub use authn_api::{Timestamp, TimestampError};
pub use client::Jwks;
pub use config::Config;
pub use error::{ApiError, BoxError, Error, FieldError};
pub use futures_core::Stream;
pub use model::{
    Authenticator, AuthenticatorType, DomainIntelligence, Geolocation, Intelligence,
    IpIntelligence, ItemOrder, LoginToken, Reputation, TokenInfo, TokenType, User, UserList,
    Userinfo, Verdict,
};
pub use open_enum::Unknown;
pub use pagination::{Items, Pages};
pub use response::Response;
pub use retry::RetryPolicy;
pub use selector::UserRef;
pub use session::{Session, SessionFilter, SessionList, SessionOrderBy};
pub use status::PangeaStatus;
pub use token::{ActiveToken, ClientToken, RefreshToken, ServiceToken, Token};
pub use user::invites::{Invite, InviteFilter, InviteList, InviteOrderBy};
pub use user::list::{UserFilter, UserOrderBy};
pub use user::profile::ProfileEdit;

/// A `Result` whose error is the SDK's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The AuthN client. Cheap to clone: clones share one connection pool.
///
/// ```
/// let authn = authn_sdk::AuthN::new(authn_sdk::Config::new("pts_mytoken"))?;
/// let users = authn.user();
/// # let _ = users;
/// # Ok::<(), authn_sdk::Error>(())
/// ```
#[derive(Clone)]
pub struct AuthN {
    inner: Arc<Inner>,
}

struct Inner {
    api: authn_api::Client,
    base_url: String,
}

impl AuthN {
    /// Builds a client from `config`. Fails only on an unusable configuration (a bad URL or
    /// header); nothing is sent.
    ///
    /// ```
    /// let authn = authn_sdk::AuthN::new(authn_sdk::Config::new("pts_mytoken").domain("aws.eu.pangea.cloud"))?;
    /// assert_eq!(authn.base_url(), "https://authn.aws.eu.pangea.cloud");
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn new(config: Config) -> Result<Self> {
        let base_url = config.base_url()?;
        if config.http_client.is_none() && base_url.starts_with("https:") && !TLS_COMPILED_IN {
            return Err(Error::Config {
                message: format!(
                    "`{base_url}` is HTTPS, but authn-sdk was built without TLS: enable its \
                     `rustls` (default) or `native-tls` feature, or give Config::http_client \
                     a reqwest::Client of your own"
                ),
            });
        }
        // The request timeout goes on a client the SDK builds itself, where reqwest applies it
        // to every request without storing it in each one; a client of yours gets it per
        // attempt.
        let (http, timeout_per_attempt) = match &config.http_client {
            Some(client) => (client.clone(), Some(config.timeout)),
            None => {
                let client = reqwest::Client::builder()
                    .connect_timeout(config.connect_timeout)
                    .timeout(config.timeout)
                    // The transport retries; reqwest's own retries are for HTTP/2 refusals,
                    // which this HTTP/1 build never sees, yet its policy copies every request
                    // in case. No retries per request: no copy.
                    .retry(reqwest::retry::never().max_retries_per_request(0))
                    .build()
                    .map_err(|e| Error::Config {
                        message: format!("cannot build the HTTP client: {e}"),
                    })?;
                (client, None)
            }
        };
        let transport = transport::Transport {
            policy: config.retry,
            timeout: timeout_per_attempt,
            max_response_bytes: config.max_response_bytes,
            poll_accepted: config.poll_accepted,
            poll_timeout: config.poll_timeout,
            poll_base_delay: config.poll_base_delay,
            base_url: base_url.clone(),
            sdk_headers: config.sdk_headers()?,
            extra_headers: config.extra_headers()?,
        };
        let hooks = authn_api::hooks::Hooks::with_shared_executor(transport::shared(transport));
        let api = authn_api::Client::new_with_client(&base_url, http, hooks);
        Ok(Self {
            inner: Arc::new(Inner { api, base_url }),
        })
    }

    /// User management: create, update, delete, list, and the `profile()` and
    /// `authenticators()` groups.
    ///
    /// ```
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new("t"))?;
    /// let list = authn.user().list();
    /// # let _ = list;
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn user(&self) -> user::Users<'_> {
        user::Users::new(self)
    }

    /// Calls made with a user's credentials: `userinfo` and `password().change`.
    ///
    /// ```
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new("t"))?;
    /// let userinfo = authn.client().userinfo("pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw");
    /// # let _ = userinfo;
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn client(&self) -> client::Client<'_> {
        client::Client::new(self)
    }

    /// Sessions of every user, with the service token: list, end one, or log a user out
    /// everywhere.
    ///
    /// ```
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new("t"))?;
    /// let logout = authn.session().logout("pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5");
    /// # let _ = logout;
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn session(&self) -> session::Sessions<'_> {
        session::Sessions::new(self)
    }

    /// The base URL calls go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The generated low-level client, with this SDK's transport (auth, retries, polling).
    ///
    /// ```
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new("t"))?;
    /// let api: &authn_sdk::authn_api::Client = authn.api();
    /// # let _ = api;
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn api(&self) -> &authn_api::Client {
        &self.inner.api
    }
}

/// Whether reqwest can make HTTPS connections in this build.
const TLS_COMPILED_IN: bool = cfg!(any(feature = "rustls", feature = "native-tls"));

impl fmt::Debug for AuthN {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthN")
            .field("base_url", &self.inner.base_url)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Run by `.ci/run` with `cargo test -p authn-sdk --no-default-features --lib`.
    #[cfg(not(any(feature = "rustls", feature = "native-tls")))]
    #[test]
    fn https_without_tls_fails_at_once_naming_the_feature() {
        let err = AuthN::new(Config::new("pts_t")).expect_err("no TLS compiled in");
        let Error::Config { message } = &err else {
            panic!("expected Error::Config, got {err:?}");
        };
        assert!(message.contains("`rustls`"), "{message}");
        assert!(message.contains("`native-tls`"), "{message}");
        assert!(
            message.contains("https://authn.aws.us.pangea.cloud"),
            "{message}"
        );
        // Plain HTTP (a local emulator) and a client of your own still work.
        AuthN::new(Config::new("pts_t").base_url_template("http://127.0.0.1:4010"))
            .expect("http needs no TLS");
        let own = reqwest::Client::new();
        AuthN::new(Config::new("pts_t").http_client(own)).expect("your client, your TLS");
    }

    #[cfg(any(feature = "rustls", feature = "native-tls"))]
    #[test]
    fn https_with_tls_is_accepted() {
        let authn = AuthN::new(Config::new("pts_t")).expect("TLS is compiled in");
        assert_eq!(authn.base_url(), "https://authn.aws.us.pangea.cloud");
    }
}
