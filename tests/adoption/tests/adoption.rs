//! The user's tests: unit tests with hand-built SDK results, and one against the emulator.

use authn_adoption::{SignUp, create_in_background, everyone, remove, sign_up_outcome};
use authn_sdk::{ApiError, AuthN, Config, Error, PangeaStatus, Response, User};
use futures_util::TryStreamExt;

#[test]
fn outcomes_are_matched_by_type_with_hand_built_results() {
    let created = Response::new(User::new("pui_1", "joe@example.com")).with_request_id("prq_1");
    assert_eq!(sign_up_outcome(Ok(created)).ok(), Some(SignUp::Created("pui_1".into())));

    let exists = ApiError::new(200, PangeaStatus::UserExists, "prq_2").with_summary("taken");
    assert_eq!(
        sign_up_outcome(Err(exists.into())).ok(),
        Some(SignUp::AlreadyRegistered)
    );

    let busy = ApiError::new(503, "ServiceNotAvailable", "prq_3");
    assert_eq!(sign_up_outcome(Err(busy.into())).ok(), Some(SignUp::TryLater));

    let refused = Error::Transport {
        source: "connection refused".into(),
    };
    assert_eq!(sign_up_outcome(Err(refused)).ok(), Some(SignUp::TryLater));

    let invalid = Error::InvalidInput {
        field: "email",
        message: "not an email".into(),
    };
    assert!(sign_up_outcome(Err(invalid)).is_err());
}

#[tokio::test]
async fn against_the_emulator() {
    let emulator = authn_emulator::Emulator::start().await.expect("emulator");
    let config = Config::new(emulator.token()).base_url_template(emulator.base_url());
    let authn = AuthN::new(config).expect("config");

    let user = create_in_background(&authn, "joe@example.com").await.expect("created");
    let again = authn.user().create("joe@example.com").send().await;
    assert_eq!(sign_up_outcome(again).ok(), Some(SignUp::AlreadyRegistered));

    let users: Vec<User> = everyone(&authn).try_collect().await.expect("listed");
    assert_eq!(users.iter().map(|u| u.id.as_str()).collect::<Vec<_>>(), [user.id.as_str()]);

    remove(&authn, "joe@example.com").await.expect("removed");
    remove(&authn, "joe@example.com").await.expect("already gone is done");
    emulator.shutdown().await;
}
