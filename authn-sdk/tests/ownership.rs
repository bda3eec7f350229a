//! Builders, their futures and the list streams own what they need: they are `Send +
//! 'static`, so a prepared request moves into `tokio::spawn` and a function can return a
//! stream. Most of this is proven by compiling; the rest runs against the emulator.

use authn_emulator::Emulator;
use authn_sdk::client::password::{ChangePassword, ExpirePassword};
use authn_sdk::client::session::{
    InvalidateClientSession, ListClientSessions, LogoutSession, RefreshSession,
};
use authn_sdk::client::token::CheckToken;
use authn_sdk::client::{GetJwks, GetUserinfo};
use authn_sdk::session::{InvalidateSession, ListSessions, LogoutUser};
use authn_sdk::user::authenticators::{DeleteAuthenticator, ListAuthenticators};
use authn_sdk::user::invites::{DeleteInvite, InviteUser, ListInvites};
use authn_sdk::user::list::ListUsers;
use authn_sdk::user::profile::{GetProfile, UpdateProfile};
use authn_sdk::user::{CreateUser, DeleteUser, UpdateUser};
use authn_sdk::{
    AuthN, Config, Invite, InviteList, Items, Pages, Result, Session, SessionList, Stream, User,
    UserList, UserRef,
};

fn send_static<T: Send + 'static>() {}
fn send_sync_static<T: Send + Sync + 'static>() {}

#[test]
fn every_builder_and_stream_is_send_and_static() {
    send_sync_static::<CreateUser>();
    send_sync_static::<DeleteUser>();
    send_sync_static::<UpdateUser>();
    send_sync_static::<ListUsers>();
    send_sync_static::<GetProfile>();
    send_sync_static::<UpdateProfile>();
    send_sync_static::<ListAuthenticators>();
    send_sync_static::<DeleteAuthenticator>();
    send_sync_static::<GetUserinfo>();
    send_sync_static::<ChangePassword>();
    send_sync_static::<ExpirePassword>();
    send_sync_static::<CheckToken>();
    send_sync_static::<GetJwks>();
    send_sync_static::<RefreshSession>();
    send_sync_static::<LogoutSession>();
    send_sync_static::<ListClientSessions>();
    send_sync_static::<InvalidateClientSession>();
    send_sync_static::<ListSessions>();
    send_sync_static::<InvalidateSession>();
    send_sync_static::<LogoutUser>();
    send_sync_static::<InviteUser>();
    send_sync_static::<ListInvites>();
    send_sync_static::<DeleteInvite>();
    send_static::<Items<Session>>();
    send_static::<Pages<SessionList>>();
    send_static::<Items<Invite>>();
    send_static::<Pages<InviteList>>();
    send_sync_static::<AuthN>();
    send_static::<Items<User>>();
    send_static::<Pages<UserList>>();
    send_sync_static::<authn_sdk::Error>();
}

/// A function that owns the client can return the stream of every user (this was E0515 when
/// the stream borrowed the client).
fn everyone(authn: AuthN) -> impl Stream<Item = Result<User>> + Send + 'static {
    authn.user().list().size(2).items()
}

async fn setup() -> (Emulator, AuthN) {
    let emulator = Emulator::start().await.expect("emulator starts");
    let config = Config::new(emulator.token()).base_url_template(emulator.base_url());
    let authn = AuthN::new(config).expect("valid config");
    (emulator, authn)
}

#[tokio::test]
async fn a_prepared_request_runs_on_another_task_after_the_client_is_dropped() {
    let (emulator, authn) = setup().await;
    let create = authn
        .user()
        .create("joe.user@email.com")
        .profile([("first_name", "Joe")]);
    drop(authn);
    // The builder itself moves into the task, and so does the future `send()` gives.
    let user = tokio::spawn(async move { create.send().await })
        .await
        .expect("the task ran")
        .expect("created");
    assert_eq!(user.email, "joe.user@email.com");
    let authn = AuthN::new(Config::new(emulator.token()).base_url_template(emulator.base_url()))
        .expect("valid config");
    let fetched = tokio::spawn(authn.user().profile().get(UserRef::id(&user.id)).send())
        .await
        .expect("the task ran")
        .expect("fetched");
    assert_eq!(fetched.profile["first_name"], "Joe");
}

#[tokio::test]
async fn a_returned_stream_pages_through_every_user_on_another_task() {
    let (emulator, authn) = setup().await;
    for n in 0..5 {
        authn
            .user()
            .create(format!("user{n}@example.com"))
            .send()
            .await
            .expect("created");
    }
    let stream = everyone(authn);
    let emails = tokio::spawn(async move {
        use futures_util::TryStreamExt;
        stream.map_ok(|u| u.email).try_collect::<Vec<_>>().await
    })
    .await
    .expect("the task ran")
    .expect("every page");
    let mut emails = emails;
    emails.sort();
    assert_eq!(
        emails,
        (0..5)
            .map(|n| format!("user{n}@example.com"))
            .collect::<Vec<_>>()
    );
    assert_eq!(emulator.users().len(), 5);
    assert_eq!(emulator.calls("user_list"), 3, "pages of 2, 2 and 1");
}

#[cfg(feature = "jwt")]
#[tokio::test]
async fn a_verification_runs_on_another_task_after_the_verifier_and_token_are_dropped() {
    use authn_sdk::ActiveToken;
    use authn_sdk::jwt::{Verifier, VerifyError};
    let (_emulator, authn) = setup().await;
    let verifier = Verifier::new(&authn);
    let token = ActiveToken::new("not.a.jwt");
    let verification = verifier.verify(&token);
    drop((verifier, token, authn));
    let outcome = tokio::spawn(verification).await.expect("the task ran");
    assert!(
        matches!(outcome, Err(VerifyError::Malformed { .. })),
        "{outcome:?}"
    );
}
