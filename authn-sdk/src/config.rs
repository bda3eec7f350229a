//! Configuration: token, where the service is, timeouts, retries, polling, headers.

use std::fmt;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::token::{ClientToken, ServiceToken};

/// The token requests carry as `Authorization: Bearer ...`.
#[derive(Clone)]
pub(crate) enum Bearer {
    Service(ServiceToken),
    Client(ClientToken),
}

impl Bearer {
    fn expose_secret(&self) -> &str {
        match self {
            Bearer::Service(token) => token.expose_secret(),
            Bearer::Client(token) => token.expose_secret(),
        }
    }
}

/// The environment variable holding the AuthN service token.
pub(crate) const ENV_TOKEN: &str = "PANGEA_AUTHN_TOKEN";
/// The environment variable holding the Pangea domain, such as `aws.us.pangea.cloud`.
pub(crate) const ENV_DOMAIN: &str = "PANGEA_DOMAIN";
/// The environment variable holding a base URL template; it wins over [`ENV_DOMAIN`].
pub(crate) const ENV_BASE_URL_TEMPLATE: &str = "PANGEA_BASE_URL_TEMPLATE";

/// The template used when neither a template nor a domain is given.
pub(crate) const DEFAULT_BASE_URL_TEMPLATE: &str = "https://{SERVICE_NAME}.aws.us.pangea.cloud";
/// The service name substituted for `{SERVICE_NAME}`.
pub(crate) const SERVICE_NAME: &str = "authn";

/// How the SDK reaches AuthN and how patient it is.
///
/// Build one with [`Config::new`] (token only, every default) or [`Config::from_env`], then
/// adjust it with the builder methods. The token never appears in `Debug` output.
///
/// ```
/// use std::time::Duration;
/// use authn_sdk::Config;
///
/// let config = Config::new("pts_mytoken")
///     .domain("aws.eu.pangea.cloud")
///     .timeout(Duration::from_secs(10))
///     .retries(5)
///     .user_agent_suffix("my-app/1.2");
/// assert_eq!(config.base_url()?, "https://authn.aws.eu.pangea.cloud");
/// assert!(!format!("{config:?}").contains("pts_mytoken"));
/// # Ok::<(), authn_sdk::Error>(())
/// ```
#[derive(Clone)]
pub struct Config {
    /// The bearer token of every request.
    pub(crate) token: Bearer,
    pub(crate) base_url_template: Option<String>,
    pub(crate) domain: Option<String>,
    pub(crate) timeout: Duration,
    pub(crate) connect_timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) poll_accepted: bool,
    pub(crate) poll_timeout: Duration,
    pub(crate) poll_base_delay: Duration,
    pub(crate) user_agent_suffix: Option<String>,
    pub(crate) extra_headers: Vec<(String, String)>,
    pub(crate) http_client: Option<reqwest::Client>,
    pub(crate) max_response_bytes: usize,
}

impl Config {
    /// A configuration with `token` (the AuthN service token, `pts_...`) and every default:
    /// the `aws.us.pangea.cloud` domain, a 30 s request timeout, a 10 s connect timeout,
    /// 3 retries with exponential backoff from 0.5 s up to 8 s, and 202 polling for up to 30 s.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("pts_mytoken");
    /// assert_eq!(config.base_url()?, "https://authn.aws.us.pangea.cloud");
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn new(token: impl Into<ServiceToken>) -> Self {
        Self::with_bearer(Bearer::Service(token.into()))
    }

    /// A configuration whose requests carry a client token (`pcl_...`) instead of the service
    /// token: only the `client/*` calls (`authn.client()...`) work with it; the service refuses
    /// the others with `Unauthorized`.
    ///
    /// ```
    /// use authn_sdk::{ClientToken, Config};
    /// let config = Config::with_client_token(ClientToken::new("pcl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"));
    /// assert!(!format!("{config:?}").contains("pcl_wuk7"));
    /// ```
    pub fn with_client_token(token: ClientToken) -> Self {
        Self::with_bearer(Bearer::Client(token))
    }

    fn with_bearer(token: Bearer) -> Self {
        Self {
            token,
            base_url_template: None,
            domain: None,
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
            poll_accepted: true,
            poll_timeout: Duration::from_secs(30),
            poll_base_delay: Duration::from_secs(1),
            user_agent_suffix: None,
            extra_headers: Vec::new(),
            http_client: None,
            max_response_bytes: 32 * 1024 * 1024,
        }
    }

    /// Reads `PANGEA_AUTHN_TOKEN` and either `PANGEA_BASE_URL_TEMPLATE` or `PANGEA_DOMAIN`.
    ///
    /// The error names the variable that is missing (or empty).
    ///
    /// ```no_run
    /// let config = authn_sdk::Config::from_env()?;
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn from_env() -> Result<Self, Error> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`from_env`](Self::from_env), reading variables through `lookup` (for tests, or
    /// another source of settings).
    ///
    /// ```
    /// let config = authn_sdk::Config::from_lookup(|name| match name {
    ///     "PANGEA_AUTHN_TOKEN" => Some("pts_mytoken".to_string()),
    ///     "PANGEA_DOMAIN" => Some("aws.eu.pangea.cloud".to_string()),
    ///     _ => None,
    /// })?;
    /// assert_eq!(config.base_url()?, "https://authn.aws.eu.pangea.cloud");
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let get = |name: &'static str| lookup(name).filter(|v| !v.trim().is_empty());
        let token = get(ENV_TOKEN).ok_or(Error::MissingEnv {
            variable: ENV_TOKEN,
        })?;
        let config = Self::new(token);
        if let Some(template) = get(ENV_BASE_URL_TEMPLATE) {
            return Ok(config.base_url_template(template));
        }
        let domain = get(ENV_DOMAIN).ok_or(Error::MissingEnv {
            variable: ENV_DOMAIN,
        })?;
        Ok(config.domain(domain))
    }

    /// Where the service is, as a template in which `{SERVICE_NAME}` becomes `authn`; it may
    /// carry a path prefix (`https://proxy.example/{SERVICE_NAME}`). It wins over
    /// [`domain`](Self::domain). A template without the placeholder is used as it is, which is
    /// how the SDK reaches a local emulator.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").base_url_template("https://example.org/{SERVICE_NAME}/");
    /// assert_eq!(config.base_url()?, "https://example.org/authn");
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn base_url_template(mut self, template: impl Into<String>) -> Self {
        self.base_url_template = Some(template.into());
        self
    }

    /// The Pangea domain, such as `aws.eu.pangea.cloud`: the service is at
    /// `https://authn.<domain>`. Ignored when a [`base_url_template`](Self::base_url_template)
    /// is set.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").domain("aws.us-west-2.pangea.cloud");
    /// assert_eq!(config.base_url()?, "https://authn.aws.us-west-2.pangea.cloud");
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn domain(mut self, domain: impl Into<String>) -> Self {
        self.domain = Some(domain.into());
        self
    }

    /// The longest one HTTP attempt may take, from sending to the last byte of the answer.
    /// Default 30 s.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").timeout(std::time::Duration::from_secs(5));
    /// # let _ = config;
    /// ```
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The longest a TCP/TLS connection may take to open. Default 10 s.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").connect_timeout(std::time::Duration::from_secs(2));
    /// # let _ = config;
    /// ```
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How many times a failed attempt is retried (HTTP 500, 502, 503, 504, a refused
    /// connection, and 429 with `Retry-After`). Default 3; 0 disables retries.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").retries(0);
    /// # let _ = config;
    /// ```
    pub fn retries(mut self, retries: u32) -> Self {
        self.retry.max_retries = retries;
        self
    }

    /// The backoff between retries: `min(base * 2^n, max)`, less up to 25% of jitter.
    /// Default 0.5 s and 8 s.
    ///
    /// ```
    /// use std::time::Duration;
    /// let config = authn_sdk::Config::new("t").backoff(Duration::from_millis(100), Duration::from_secs(2));
    /// # let _ = config;
    /// ```
    pub fn backoff(mut self, base: Duration, max: Duration) -> Self {
        self.retry.base = base;
        self.retry.max = max;
        self
    }

    /// The longest `Retry-After` the SDK waits for; a longer one ends the call with the error.
    /// Default 60 s.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").max_retry_after(std::time::Duration::from_secs(5));
    /// # let _ = config;
    /// ```
    pub fn max_retry_after(mut self, max: Duration) -> Self {
        self.retry.max_retry_after = max;
        self
    }

    /// The whole retry policy at once (see [`RetryPolicy`]); [`retries`](Self::retries),
    /// [`backoff`](Self::backoff) and [`max_retry_after`](Self::max_retry_after) set its parts.
    ///
    /// ```
    /// use authn_sdk::{Config, RetryPolicy};
    /// let config = Config::new("t").retry_policy(RetryPolicy::none());
    /// # let _ = config;
    /// ```
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Whether an HTTP 202 `Accepted` answer is polled (`GET /request/{id}`) until its result is
    /// ready. Default on. When off, or when polling runs out of time, the call fails with
    /// [`Error::Pending`] carrying the request id.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").poll_accepted(false);
    /// # let _ = config;
    /// ```
    pub fn poll_accepted(mut self, poll: bool) -> Self {
        self.poll_accepted = poll;
        self
    }

    /// How long to poll a 202 answer in all (default 30 s) and the first delay between polls
    /// (default 1 s; the n-th delay is `n² × delay`, as Pangea's SDKs do).
    ///
    /// ```
    /// use std::time::Duration;
    /// let config = authn_sdk::Config::new("t").poll_timing(Duration::from_secs(60), Duration::from_millis(500));
    /// # let _ = config;
    /// ```
    pub fn poll_timing(mut self, total: Duration, first_delay: Duration) -> Self {
        self.poll_timeout = total;
        self.poll_base_delay = first_delay;
        self
    }

    /// Text appended to the `User-Agent` after `pangea-rust/<version>`.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").user_agent_suffix("my-app/1.2");
    /// # let _ = config;
    /// ```
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// A header sent with every request. The SDK's own headers (`Authorization`,
    /// `User-Agent`, `Content-Type`) win over one of the same name.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").header("x-tenant", "blue");
    /// # let _ = config;
    /// ```
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }

    /// Uses your own `reqwest::Client` (proxies, certificates, another TLS stack...). The SDK
    /// still sends its headers with every request and applies its timeout per attempt; the
    /// client's own connect timeout is then yours to set.
    ///
    /// ```
    /// let http = reqwest::Client::builder().build()?;
    /// let config = authn_sdk::Config::new("t").http_client(http);
    /// # let _ = config;
    /// # Ok::<(), reqwest::Error>(())
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// The largest response body read, in bytes (default 32 MiB); a larger one fails with
    /// [`Error::ResponseTooLarge`] instead of exhausting memory.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").max_response_bytes(1 << 20);
    /// # let _ = config;
    /// ```
    pub fn max_response_bytes(mut self, max: usize) -> Self {
        self.max_response_bytes = max;
        self
    }

    /// The base URL the template (or domain) gives, without a trailing slash.
    ///
    /// ```
    /// let config = authn_sdk::Config::new("t").base_url_template("http://127.0.0.1:4010");
    /// assert_eq!(config.base_url()?, "http://127.0.0.1:4010");
    /// # Ok::<(), authn_sdk::Error>(())
    /// ```
    pub fn base_url(&self) -> Result<String, Error> {
        let template = match (&self.base_url_template, &self.domain) {
            (Some(template), _) => template.clone(),
            (None, Some(domain)) => {
                format!("https://{{SERVICE_NAME}}.{}", domain.trim_matches('/'))
            }
            (None, None) => DEFAULT_BASE_URL_TEMPLATE.to_string(),
        };
        let url = template.replace("{SERVICE_NAME}", SERVICE_NAME);
        let url = url.trim_end_matches('/').to_string();
        let parsed = reqwest::Url::parse(&url).map_err(|e| Error::Config {
            message: format!("the base URL `{url}` is not a valid URL: {e}"),
        })?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(Error::Config {
                message: format!("the base URL `{url}` must start with https:// or http://"),
            });
        }
        Ok(url)
    }

    /// The `User-Agent` header value.
    pub(crate) fn user_agent(&self) -> String {
        let base = concat!("pangea-rust/", env!("CARGO_PKG_VERSION"));
        match &self.user_agent_suffix {
            Some(suffix) if !suffix.trim().is_empty() => format!("{base} {}", suffix.trim()),
            _ => base.to_string(),
        }
    }

    /// The caller's extra headers.
    pub(crate) fn extra_headers(&self) -> Result<HeaderMap, Error> {
        let mut headers = HeaderMap::new();
        for (name, value) in &self.extra_headers {
            let header = HeaderName::from_bytes(name.as_bytes()).map_err(|_| Error::Config {
                message: format!("`{name}` is not a valid header name"),
            })?;
            let mut value = HeaderValue::from_str(value).map_err(|_| Error::Config {
                message: format!("the value of header `{name}` is not a valid header value"),
            })?;
            // Extra headers often carry keys: like `Debug for Config`, never print their values.
            value.set_sensitive(true);
            headers.insert(header, value);
        }
        Ok(headers)
    }

    /// The headers the SDK owns: `Authorization` (marked sensitive) and `User-Agent`.
    pub(crate) fn sdk_headers(&self) -> Result<HeaderMap, Error> {
        let mut headers = HeaderMap::new();
        let mut auth = HeaderValue::from_str(&format!("Bearer {}", self.token.expose_secret()))
            .map_err(|_| Error::Config {
                message: "the token contains characters that cannot be sent in a header".into(),
            })?;
        auth.set_sensitive(true);
        headers.insert(reqwest::header::AUTHORIZATION, auth);
        let agent = HeaderValue::from_str(&self.user_agent()).map_err(|_| Error::Config {
            message: "the user-agent suffix is not a valid header value".into(),
        })?;
        headers.insert(reqwest::header::USER_AGENT, agent);
        Ok(headers)
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field(
                "token",
                match self.token {
                    Bearer::Service(_) => &"<redacted service token>",
                    Bearer::Client(_) => &"<redacted client token>",
                },
            )
            .field("base_url_template", &self.base_url_template)
            .field("domain", &self.domain)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("retry", &self.retry)
            .field("poll_accepted", &self.poll_accepted)
            .field("poll_timeout", &self.poll_timeout)
            .field("poll_base_delay", &self.poll_base_delay)
            .field("user_agent_suffix", &self.user_agent_suffix)
            .field(
                "extra_headers",
                &self
                    .extra_headers
                    .iter()
                    .map(|(n, _)| n)
                    .collect::<Vec<_>>(),
            )
            .field("http_client", &self.http_client.is_some())
            .field("max_response_bytes", &self.max_response_bytes)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn from_env_names_the_missing_variable() {
        let err = Config::from_lookup(env(&[])).expect_err("no token");
        assert!(
            matches!(
                err,
                Error::MissingEnv {
                    variable: "PANGEA_AUTHN_TOKEN"
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains("PANGEA_AUTHN_TOKEN"));
        let err =
            Config::from_lookup(env(&[("PANGEA_AUTHN_TOKEN", "pts_x")])).expect_err("no domain");
        assert!(
            matches!(
                err,
                Error::MissingEnv {
                    variable: "PANGEA_DOMAIN"
                }
            ),
            "{err}"
        );
        let err = Config::from_lookup(env(&[("PANGEA_AUTHN_TOKEN", " "), ("PANGEA_DOMAIN", "d")]))
            .expect_err("blank token");
        assert!(
            matches!(
                err,
                Error::MissingEnv {
                    variable: "PANGEA_AUTHN_TOKEN"
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn template_wins_over_domain() {
        let config = Config::from_lookup(env(&[
            ("PANGEA_AUTHN_TOKEN", "pts_x"),
            ("PANGEA_DOMAIN", "aws.eu.pangea.cloud"),
            (
                "PANGEA_BASE_URL_TEMPLATE",
                "http://127.0.0.1:9/{SERVICE_NAME}",
            ),
        ]))
        .expect("configured");
        assert_eq!(
            config.base_url().expect("valid"),
            "http://127.0.0.1:9/authn"
        );
        let both = Config::new("t")
            .domain("aws.eu.pangea.cloud")
            .base_url_template("https://x.test");
        assert_eq!(both.base_url().expect("valid"), "https://x.test");
    }

    #[test]
    fn default_and_domain_urls() {
        assert_eq!(
            Config::new("t").base_url().expect("valid"),
            "https://authn.aws.us.pangea.cloud"
        );
        assert_eq!(
            Config::new("t")
                .domain("dev.example.com")
                .base_url()
                .expect("valid"),
            "https://authn.dev.example.com"
        );
    }

    #[test]
    fn bad_urls_and_headers_are_config_errors() {
        let err = Config::new("t")
            .base_url_template("ftp://x")
            .base_url()
            .expect_err("scheme");
        assert!(matches!(err, Error::Config { .. }), "{err}");
        let err = Config::new("t")
            .base_url_template("not a url")
            .base_url()
            .expect_err("url");
        assert!(err.to_string().contains("not a url"), "{err}");
        let err = Config::new("t")
            .header("bad header", "v")
            .extra_headers()
            .expect_err("name");
        assert!(err.to_string().contains("bad header"), "{err}");
        let err = Config::new("bad\ntoken").sdk_headers().expect_err("token");
        assert!(!err.to_string().contains("bad\ntoken"), "{err}");
    }

    #[test]
    fn user_agent_and_auth_headers() {
        let config = Config::new("pts_secret")
            .user_agent_suffix("app/1")
            .header("x-a", "b");
        let mut headers = config.extra_headers().expect("valid");
        headers.extend(config.sdk_headers().expect("valid"));
        assert_eq!(
            headers[reqwest::header::USER_AGENT],
            format!("pangea-rust/{} app/1", env!("CARGO_PKG_VERSION"))
        );
        assert_eq!(headers[reqwest::header::AUTHORIZATION], "Bearer pts_secret");
        assert!(headers[reqwest::header::AUTHORIZATION].is_sensitive());
        assert_eq!(headers["x-a"], "b");
        assert!(!format!("{headers:?}").contains("pts_secret"));
    }
}
