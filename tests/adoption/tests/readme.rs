//! The test of the README's "Testing your code" section, verbatim: if it stops compiling or
//! passing, the README is wrong.

use authn_emulator::Emulator;
use authn_sdk::{AuthN, Config, PangeaStatus, UserRef};

#[tokio::test]
async fn signs_up_once_and_survives_a_busy_service() {
    let emulator = Emulator::start().await.unwrap();
    let authn = AuthN::new(Config::new(emulator.token()).base_url_template(emulator.base_url())).unwrap();

    // The next call of user/create answers 503 once: the SDK retries it and succeeds.
    emulator.fail_next("user_create", 1, 503, None).unwrap();
    let user = authn.user().create("joe@example.com").send().await.unwrap();
    assert_eq!(emulator.calls("user_create"), 2);

    let again = authn.user().create("joe@example.com").send().await.unwrap_err();
    assert_eq!(again.pangea_status(), Some(&PangeaStatus::UserExists));
    authn.user().delete(UserRef::id(&user.id)).send().await.unwrap();
}
