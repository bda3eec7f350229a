//! A Rust SDK for the user endpoints of Pangea's AuthN service.
//!
//! Create, find, update, disable and delete users, list and delete their authenticators,
//! exchange a login code for a session, and change a password. Calls are grouped the way
//! Pangea's documentation groups them: `authn.user()`, `authn.user().profile()`,
//! `authn.user().authenticators()`, `authn.client()` and `authn.client().password()`. Required
//! arguments are arguments, optional ones are builder methods, and `.send().await` sends the
//! request. Awaiting the builder itself does the same, with the call boxed on the heap (see
//! [`Call`]).
//!
//! ```no_run
//! use authn_sdk::{AuthN, Config, ProfileEdit, UserFilter, UserOrderBy, UserRef};
//! use futures_util::TryStreamExt;
//!
//! # async fn demo() -> Result<(), authn_sdk::Error> {
//! let authn = AuthN::new(Config::from_env()?)?;
//! let user = authn.user().create("joe.user@email.com").profile([("first_name", "Joe")]).send().await?;
//! authn.user().update(UserRef::email("joe.user@email.com")).disabled(true).send().await?;
//! let fetched = authn.user().profile().get(UserRef::id(&user.id)).send().await?;
//! authn
//!     .user()
//!     .profile()
//!     .update(UserRef::id(&user.id), ProfileEdit::new().set("phone", "18085550173").remove("nickname"))
//!     .send()
//!     .await?;
//! let page = authn.user().list().filter(UserFilter::new().email_contains(["@example.com"])).send().await?;
//! let everyone: Vec<_> = authn.user().list().order_by(UserOrderBy::Email).size(100).items().try_collect().await?;
//! authn.user().delete(UserRef::email("joe.user@email.com")).await?; // the boxed shorthand
//! # let _ = (fetched, page, everyone);
//! # Ok(())
//! # }
//! ```
//!
//! Errors are one type, [`Error`]: a call succeeds only when the HTTP status is 200 and the
//! envelope says `Success`. Retries (HTTP 500/502/503/504, refused connections, `Retry-After`),
//! polling of 202 answers, timeouts and a bounded response size are handled by the transport;
//! see [`Config`].

mod call;
pub mod client;
pub mod config;
pub mod error;
pub mod pagination;
pub mod response;
pub mod retry;
mod selector;
mod transport;
pub mod user;

use std::fmt;
use std::sync::Arc;

pub use authn_api;
pub use authn_api::Timestamp;
pub use authn_api::types::{
    Authenticator, AuthenticatorType, ItemOrder, LoginToken, TokenType, User, UserList, Userinfo,
};
pub use call::Call;
pub use config::Config;
pub use error::{ApiError, Error, FieldError, PangeaStatus};
pub use response::Response;
pub use selector::UserRef;
pub use transport::RETRIED_REQUEST_IDS;
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
            policy: retry::RetryPolicy {
                max_retries: config.retries,
                base: config.backoff_base,
                max: config.backoff_max,
                max_retry_after: config.max_retry_after,
            },
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

impl fmt::Debug for AuthN {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthN")
            .field("base_url", &self.inner.base_url)
            .finish_non_exhaustive()
    }
}
