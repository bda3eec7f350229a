//! What every successful call returns: the envelope's metadata with the typed result.

use std::ops::{Deref, DerefMut};

use crate::error::PangeaStatus;

/// The Pangea envelope of a successful call: `request_id`, times, `status`, `summary`, and the
/// typed `result`. It dereferences to the result, so `response.id` reads the user's id.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// # let emulator = authn_emulator::Emulator::start().await?;
/// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
/// # authn.user().create("joe.user@email.com").send().await?;
/// use authn_sdk::UserRef;
///
/// let user = authn.user().profile().get(UserRef::email("joe.user@email.com")).send().await?;
/// println!("{} answered {} for {}", user.request_id, user.status, user.id);
/// let user: authn_sdk::User = user.into_result();
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Response<T> {
    /// The request's id (`prq_...`), for support.
    pub request_id: String,
    /// When the service received the request (ISO-8601).
    pub request_time: String,
    /// When the service answered (ISO-8601).
    pub response_time: String,
    /// Always [`PangeaStatus::Success`]: other statuses are errors.
    pub status: PangeaStatus,
    /// A sentence about the outcome.
    pub summary: Option<String>,
    /// The result.
    pub result: T,
}

impl<T> Response<T> {
    /// A successful answer with this result and an empty envelope, for tests of code that
    /// handles SDK results. Set the rest with the `with_` methods.
    ///
    /// ```
    /// use authn_sdk::{Response, User};
    ///
    /// let user = Response::new(User::new("pui_1", "joe.user@email.com")).with_request_id("prq_1");
    /// assert_eq!(user.email, "joe.user@email.com");
    /// assert_eq!(user.request_id, "prq_1");
    /// ```
    pub fn new(result: T) -> Self {
        Self {
            request_id: String::new(),
            request_time: String::new(),
            response_time: String::new(),
            status: PangeaStatus::Success,
            summary: None,
            result,
        }
    }

    /// Sets the request id.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = request_id.into();
        self
    }

    /// Sets the summary.
    pub fn with_summary(mut self, summary: impl Into<String>) -> Self {
        self.summary = Some(summary.into());
        self
    }

    /// Sets when the service received the request and when it answered.
    pub fn with_times(
        mut self,
        request_time: impl Into<String>,
        response_time: impl Into<String>,
    ) -> Self {
        self.request_time = request_time.into();
        self.response_time = response_time.into();
        self
    }

    /// The result, without the envelope.
    pub fn into_result(self) -> T {
        self.result
    }

    /// Changes the result, keeping the envelope.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            request_id: self.request_id,
            request_time: self.request_time,
            response_time: self.response_time,
            status: self.status,
            summary: self.summary,
            result: f(self.result),
        }
    }
}

impl<T> Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.result
    }
}

impl<T> DerefMut for Response<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.result
    }
}
