//! What every successful call returns: the envelope's metadata with the typed result.

use std::ops::{Deref, DerefMut};

use authn_api::types;

use crate::error::PangeaStatus;

/// The Pangea envelope of a successful call: `request_id`, times, `status`, `summary`, and the
/// typed `result`. It dereferences to the result, so `response.id` reads the user's id.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// # let emulator = authn_emulator::Emulator::start().await?;
/// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
/// # authn.user().create("joe.user@email.com").await?;
/// use authn_sdk::UserRef;
///
/// let user = authn.user().profile().get(UserRef::email("joe.user@email.com")).await?;
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

/// A generated `XxxResponse` (the typed success envelope or the untyped one).
pub(crate) trait Answer: Sized {
    /// The typed result.
    type Success;

    /// The typed success, or the untyped envelope of any other status.
    fn split(self) -> Result<Response<Self::Success>, Box<types::Envelope>>;
}

macro_rules! answer {
    ($response:ident :: $success:ident => $result:ty, |$r:ident| $convert:expr) => {
        impl Answer for authn_api::$response {
            type Success = $result;

            fn split(self) -> Result<Response<$result>, Box<types::Envelope>> {
                match self {
                    authn_api::$response::$success(ok) => {
                        let ok = *ok;
                        Ok(Response {
                            request_id: ok.request_id,
                            request_time: ok.request_time,
                            response_time: ok.response_time,
                            status: PangeaStatus::Success,
                            summary: ok.summary,
                            result: {
                                let $r = ok.result;
                                $convert
                            },
                        })
                    }
                    authn_api::$response::Envelope(envelope) => Err(Box::new(envelope)),
                }
            }
        }
    };
}

answer!(UserResponse::UserSuccess => types::User, |r| r);
answer!(UserListResponse::UserListSuccess => types::UserList, |r| r);
answer!(UserinfoResponse::UserinfoSuccess => types::Userinfo, |r| r);
answer!(
    AuthenticatorListResponse::AuthenticatorListSuccess => Vec<types::Authenticator>,
    |r| r.authenticators
);
answer!(EmptyResponse::EmptySuccess => (), |r| {
    let _ = r;
});
