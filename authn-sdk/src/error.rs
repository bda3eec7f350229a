//! The one error type of the SDK.

use std::fmt;

pub(crate) use crate::status::PangeaStatus;

/// The cause of a transport failure or a timeout: the HTTP client's error, boxed so that the
/// SDK's API does not depend on the HTTP client's version. It is a `reqwest::Error` when the
/// SDK's own transport failed, which `downcast_ref` can recover.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong with a call, with accessors for what callers branch on.
///
/// A call succeeds only when the HTTP status is 200 **and** the envelope's `status` is
/// `Success`: AuthN reports business failures (a wrong password, a disabled user...) with HTTP
/// 200 and another status, and those come back as [`Error::Api`].
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// # let emulator = authn_emulator::Emulator::start().await?;
/// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
/// use authn_sdk::{Error, PangeaStatus, UserRef};
///
/// match authn.user().profile().get(UserRef::email("joe.user@email.com")).send().await {
///     Ok(user) => println!("{}", user.id),
///     Err(e) if e.pangea_status() == Some(&PangeaStatus::DisabledUser) => println!("disabled"),
///     Err(e) if e.is_retryable() => println!("try again later: {e}"),
///     Err(e) => println!("failed: {e} (request {:?})", e.request_id()),
/// }
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The service answered with a Pangea envelope whose status is not `Success`.
    Api(Box<ApiError>),

    /// The request was accepted for later processing (HTTP 202) and its result was not ready
    /// when polling stopped (or polling is off). Poll `request/{request_id}` later.
    Pending {
        /// The id of the accepted request.
        request_id: String,
    },

    /// An attempt took longer than the configured timeout.
    Timeout {
        /// The underlying error.
        source: BoxError,
    },

    /// The service could not be reached, or the connection broke. The cause is the error's
    /// [`source`](std::error::Error::source), printed by reporters that walk the chain (such as
    /// `anyhow`'s `{:#}`), not repeated in this message.
    Transport {
        /// The underlying error.
        source: BoxError,
    },

    /// The body is not what this call answers (not JSON, truncated, wrong shape).
    Decode {
        /// The HTTP status.
        http_status: u16,
        /// The request id, when the body or the `x-request-id` header gave one.
        request_id: Option<String>,
        /// What did not decode.
        message: String,
        /// The start of the body (at most 200 characters; withheld for calls that carry tokens).
        snippet: Option<String>,
    },

    /// An HTML page came back instead of a JSON envelope: a proxy or gateway answered.
    HtmlPage {
        /// The HTTP status.
        http_status: u16,
        /// The start of the page (at most 200 characters).
        snippet: Option<String>,
    },

    /// The response body was empty.
    EmptyBody {
        /// The HTTP status.
        http_status: u16,
    },

    /// The response body was larger than [`Config::max_response_bytes`](crate::Config::max_response_bytes).
    ResponseTooLarge {
        /// The HTTP status.
        http_status: u16,
        /// The configured limit.
        limit: usize,
    },

    /// A value given to the SDK is not valid; nothing was sent.
    InvalidInput {
        /// Which argument: `email`, `id`, `size`, `filter`...
        field: &'static str,
        /// What is wrong with it.
        message: String,
    },

    /// The server returned a page cursor it had already returned: paging stopped instead of
    /// looping forever.
    RepeatedCursor {
        /// The repeated cursor.
        cursor: String,
    },

    /// The configuration cannot be used.
    Config {
        /// What is wrong.
        message: String,
    },

    /// A required environment variable is missing or empty.
    MissingEnv {
        /// Its name.
        variable: &'static str,
    },
}

// Written out rather than derived: thiserror and its proc-macro were two crates of every
// user's build for these two impls.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(api) => fmt::Display::fmt(api, f),
            Error::Pending { request_id } => write!(
                f,
                "request {request_id} was accepted, but its result was not ready in time"
            ),
            Error::Timeout { .. } => f.write_str("the call timed out"),
            Error::Transport { .. } => f.write_str("could not talk to the service"),
            Error::Decode {
                http_status,
                message,
                snippet,
                ..
            } => write!(
                f,
                "HTTP {http_status}: the response is not a valid answer to this call: {message}{}",
                snippet_suffix(snippet)
            ),
            Error::HtmlPage {
                http_status,
                snippet,
            } => write!(
                f,
                "HTTP {http_status}: an HTML page came back instead of a Pangea response \
                 (a proxy or gateway answered?){}",
                snippet_suffix(snippet)
            ),
            Error::EmptyBody { http_status } => {
                write!(f, "HTTP {http_status}: the response body is empty")
            }
            Error::ResponseTooLarge { http_status, limit } => write!(
                f,
                "HTTP {http_status}: the response body is larger than {limit} bytes"
            ),
            Error::InvalidInput { field, message } => write!(f, "invalid {field}: {message}"),
            Error::RepeatedCursor { cursor } => write!(
                f,
                "the service repeated the page cursor {cursor:?}; stopped paging instead of looping"
            ),
            Error::Config { message } => write!(f, "invalid configuration: {message}"),
            Error::MissingEnv { variable } => {
                write!(f, "the environment variable {variable} is not set")
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Api(api) => api.source(),
            Error::Timeout { source } | Error::Transport { source } => Some(source.as_ref()),
            _ => None,
        }
    }
}

fn snippet_suffix(snippet: &Option<String>) -> String {
    match snippet {
        Some(s) => format!("; the body starts with {s:?}"),
        None => String::new(),
    }
}

/// The accessors read what every variant has in common, so that handling an error rarely
/// needs a `match` on the variants:
///
/// ```
/// use authn_sdk::{ApiError, Error, FieldError, PangeaStatus};
///
/// let exists: Error = ApiError::new(400, PangeaStatus::UserExists, "prq_1")
///     .with_summary("A user with this email already exists")
///     .into();
/// assert_eq!(exists.pangea_status(), Some(&PangeaStatus::UserExists));
/// assert_eq!(exists.summary(), Some("A user with this email already exists"));
/// assert_eq!(exists.request_id(), Some("prq_1"));
/// assert_eq!(exists.http_status(), Some(400));
/// assert!(exists.field_errors().is_empty());
/// assert!(!exists.is_retryable());
/// assert_eq!(exists.api().map(|api| api.http_status), Some(400));
///
/// let busy: Error = ApiError::new(503, PangeaStatus::ServiceNotAvailable, "prq_2").into();
/// assert!(busy.is_retryable());
/// let pending = Error::Pending { request_id: "prq_3".into() };
/// assert_eq!((pending.request_id(), pending.http_status()), (Some("prq_3"), Some(202)));
/// let invalid: Error = ApiError::new(400, PangeaStatus::ValidationError, "prq_4")
///     .with_errors([FieldError::new("BadFormatEmail", "'x' is not an email", "/email")])
///     .into();
/// assert_eq!(invalid.field_errors()[0].code, "BadFormatEmail");
/// ```
impl Error {
    /// The Pangea `status` of an [`Error::Api`].
    pub fn pangea_status(&self) -> Option<&PangeaStatus> {
        self.api().map(|a| &a.status)
    }

    /// The envelope's `summary`, a sentence from the service.
    pub fn summary(&self) -> Option<&str> {
        self.api().and_then(|a| a.summary.as_deref())
    }

    /// The request id (`prq_...`), to quote to Pangea support.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(a) => Some(a.request_id.as_str()),
            Error::Pending { request_id } => Some(request_id.as_str()),
            Error::Decode { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// The HTTP status of the answer, when there was one.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Error::Api(a) => Some(a.http_status),
            Error::Pending { .. } => Some(202),
            Error::Decode { http_status, .. }
            | Error::HtmlPage { http_status, .. }
            | Error::EmptyBody { http_status }
            | Error::ResponseTooLarge { http_status, .. } => Some(*http_status),
            Error::Timeout { source } | Error::Transport { source } => source
                .downcast_ref::<reqwest::Error>()
                .and_then(reqwest::Error::status)
                .map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// The problems the service found in the request (`result.errors` of a `ValidationError`).
    pub fn field_errors(&self) -> &[FieldError] {
        self.api().map_or(&[], |a| a.errors.as_slice())
    }

    /// Whether the same call may succeed if made again later: server errors, rate limiting,
    /// timeouts, transport failures, and requests still pending. (The SDK has already retried
    /// what it safely could.)
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(a) => {
                matches!(a.http_status, 429 | 500 | 502 | 503 | 504)
                    || matches!(
                        a.status,
                        PangeaStatus::TooManyRequests
                            | PangeaStatus::ServiceNotAvailable
                            | PangeaStatus::InternalError
                    )
            }
            Error::Pending { .. } | Error::Timeout { .. } | Error::Transport { .. } => true,
            Error::HtmlPage { http_status, .. } | Error::EmptyBody { http_status } => {
                matches!(http_status, 429 | 500 | 502 | 503 | 504)
            }
            _ => false,
        }
    }

    /// The details of an [`Error::Api`].
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(a) => Some(a),
            _ => None,
        }
    }
}

/// A Pangea envelope whose status is not `Success`.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status (200 for AuthN's business failures).
    pub http_status: u16,
    /// The envelope's `status`.
    pub status: PangeaStatus,
    /// The envelope's `summary`.
    pub summary: Option<String>,
    /// The request id (`prq_...`).
    pub request_id: String,
    /// When the service received the request.
    pub request_time: Option<String>,
    /// When the service answered.
    pub response_time: Option<String>,
    /// The problems found in the request, from `result.errors`.
    pub errors: Vec<FieldError>,
    /// The envelope's `result`, as the service sent it.
    pub result: Option<serde_json::Value>,
}

impl ApiError {
    /// An error envelope with this HTTP status, Pangea status and request id, and nothing
    /// else: for tests of code that handles SDK errors. Add the rest with the `with_` methods.
    ///
    /// ```
    /// use authn_sdk::{ApiError, Error, FieldError, PangeaStatus};
    ///
    /// let error: Error = ApiError::new(200, PangeaStatus::UserExists, "prq_1")
    ///     .with_summary("the user exists")
    ///     .into();
    /// assert_eq!(error.pangea_status(), Some(&PangeaStatus::UserExists));
    /// assert_eq!(error.to_string(), "UserExists (HTTP 200, request prq_1): the user exists");
    /// let invalid = ApiError::new(400, "ValidationError", "prq_2")
    ///     .with_errors([FieldError::new("BadFormatEmail", "bad email", "/email")]);
    /// assert_eq!(Error::from(invalid).field_errors()[0].source, "/email");
    /// ```
    pub fn new(
        http_status: u16,
        status: impl Into<PangeaStatus>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            http_status,
            status: status.into(),
            summary: None,
            request_id: request_id.into(),
            request_time: None,
            response_time: None,
            errors: Vec::new(),
            result: None,
        }
    }

    /// Sets the `summary`.
    pub fn with_summary(mut self, summary: impl Into<String>) -> Self {
        self.summary = Some(summary.into());
        self
    }

    /// Sets the field errors (`result.errors`).
    pub fn with_errors(mut self, errors: impl IntoIterator<Item = FieldError>) -> Self {
        self.errors = errors.into_iter().collect();
        self
    }

    /// Sets the envelope's `result`.
    pub fn with_result(mut self, result: serde_json::Value) -> Self {
        self.result = Some(result);
        self
    }

    /// Sets when the service received the request and when it answered.
    pub fn with_times(
        mut self,
        request_time: impl Into<String>,
        response_time: impl Into<String>,
    ) -> Self {
        self.request_time = Some(request_time.into());
        self.response_time = Some(response_time.into());
        self
    }
}

impl From<ApiError> for Error {
    fn from(error: ApiError) -> Self {
        Error::Api(Box::new(error))
    }
}

impl fmt::Debug for ApiError {
    // `result` is left out: it is the service's free-form data, and Debug output ends up in logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("http_status", &self.http_status)
            .field("status", &self.status)
            .field("summary", &self.summary)
            .field("request_id", &self.request_id)
            .field("errors", &self.errors)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (HTTP {}", self.status, self.http_status)?;
        write!(f, ", request {})", self.request_id)?;
        if let Some(summary) = &self.summary {
            write!(f, ": {summary}")?;
        }
        for e in &self.errors {
            write!(f, "; {} at {}: {}", e.code, e.source, e.detail)?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// One problem the service found in a request.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FieldError {
    /// A machine code such as `BadFormatEmail`, `FieldRequired` or `UnexpectedProperty`.
    pub code: String,
    /// The problem in words.
    pub detail: String,
    /// Where in the request, as a JSON pointer (`/email`).
    pub source: String,
    /// Where in the schema, as a JSON pointer, when the service says.
    pub path: Option<String>,
}

impl FieldError {
    /// Builds a field error (for tests and emulators).
    ///
    /// ```
    /// let e = authn_sdk::FieldError::new("FieldRequired", "email is required", "/email");
    /// assert_eq!(e.source, "/email");
    /// ```
    pub fn new(
        code: impl Into<String>,
        detail: impl Into<String>,
        source: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            detail: detail.into(),
            source: source.into(),
            path: None,
        }
    }

    /// Sets where in the schema the failed rule is.
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }
}

/// Maps a pattern error to an `InvalidInput` naming the field.
pub(crate) fn invalid(field: &'static str) -> impl Fn(authn_api::strings::InvalidString) -> Error {
    move |e| Error::InvalidInput {
        field,
        message: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_error_display_names_status_request_and_fields() {
        let e = Error::from(
            ApiError::new(400, PangeaStatus::ValidationError, "prq_1")
                .with_summary("1 error")
                .with_errors([FieldError::new("BadFormatEmail", "bad email", "/email")]),
        );
        assert_eq!(
            e.to_string(),
            "ValidationError (HTTP 400, request prq_1): 1 error; BadFormatEmail at /email: bad email"
        );
        assert_eq!(e.http_status(), Some(400));
        assert_eq!(e.request_id(), Some("prq_1"));
        assert_eq!(e.field_errors().len(), 1);
        assert!(!e.is_retryable());
    }

    #[test]
    fn retryable_classification() {
        let api = |http_status, status: PangeaStatus| {
            Error::from(ApiError::new(http_status, status, "prq"))
        };
        assert!(api(503, PangeaStatus::ServiceNotAvailable).is_retryable());
        assert!(api(429, PangeaStatus::TooManyRequests).is_retryable());
        assert!(!api(200, PangeaStatus::AuthenticationFailure).is_retryable());
        assert!(!api(401, PangeaStatus::Unauthorized).is_retryable());
        assert!(
            Error::Pending {
                request_id: "prq".into()
            }
            .is_retryable()
        );
        assert!(
            !Error::InvalidInput {
                field: "email",
                message: "bad".into()
            }
            .is_retryable()
        );
        assert!(
            Error::HtmlPage {
                http_status: 502,
                snippet: None
            }
            .is_retryable()
        );
        assert!(
            !Error::HtmlPage {
                http_status: 200,
                snippet: None
            }
            .is_retryable()
        );
    }

    #[test]
    fn transport_errors_print_their_cause_once() {
        let e = Error::Transport {
            source: "connection refused".into(),
        };
        assert_eq!(e.to_string(), "could not talk to the service");
        let source = std::error::Error::source(&e).map(ToString::to_string);
        assert_eq!(source.as_deref(), Some("connection refused"));
        assert!(e.is_retryable());
        assert_eq!(e.http_status(), None);
    }
}
