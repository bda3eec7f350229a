//! Application code of the kind a user writes: it owns an `AuthN`, hands requests to other
//! tasks, returns streams, and branches on outcomes by type.

use authn_sdk::{AuthN, Error, PangeaStatus, Result, Stream, User, UserRef};

/// Every user, as a stream the caller can keep: the stream owns what it needs.
pub fn everyone(authn: &AuthN) -> impl Stream<Item = Result<User>> + Send + 'static {
    authn.user().list().size(100).items()
}

/// Creates a user on another task: the prepared request moves into `tokio::spawn`.
pub async fn create_in_background(authn: &AuthN, email: &str) -> Result<User> {
    let request = authn.user().create(email).profile([("first_name", "Joe")]);
    match tokio::spawn(request.send()).await {
        Ok(outcome) => outcome.map(authn_sdk::Response::into_result),
        Err(join) => Err(Error::Transport {
            source: join.into(),
        }),
    }
}

/// What the application does with the outcome of a sign-up.
#[derive(Debug, PartialEq, Eq)]
pub enum SignUp {
    Created(String),
    AlreadyRegistered,
    TryLater,
}

/// Branches on the outcome by type: a `UserExists` status is an expected answer.
pub fn sign_up_outcome(outcome: Result<authn_sdk::Response<User>>) -> Result<SignUp> {
    match outcome {
        Ok(user) => Ok(SignUp::Created(user.id.clone())),
        Err(e) => match e.pangea_status() {
            Some(PangeaStatus::UserExists) => Ok(SignUp::AlreadyRegistered),
            _ if e.is_retryable() => Ok(SignUp::TryLater),
            _ => Err(e),
        },
    }
}

/// Deletes a user, treating "already gone" as done.
pub async fn remove(authn: &AuthN, email: &str) -> Result<()> {
    match authn.user().delete(UserRef::email(email)).send().await {
        Ok(_) => Ok(()),
        Err(e) if e.pangea_status().is_some_and(|s| *s == "UserNotFound") => Ok(()),
        Err(e) => Err(e),
    }
}
