//! The SDK against the emulator, end to end: every call, and every status the emulator can
//! return, decoded into the right typed error.

use std::time::Duration;

use authn_emulator::{Emulator, EmulatorConfig, Faults};
use authn_sdk::authn_api::types::KnownAuthenticatorType;
use authn_sdk::{
    ActiveToken, AuthN, AuthenticatorType, Config, Error, PangeaStatus, ProfileEdit, UserFilter,
    UserRef,
};

async fn setup() -> (Emulator, AuthN) {
    let emulator = Emulator::start().await.expect("emulator starts");
    let authn = sdk(&emulator, |c| c);
    (emulator, authn)
}

fn sdk(emulator: &Emulator, tweak: impl FnOnce(Config) -> Config) -> AuthN {
    let config = Config::new(emulator.token()).base_url_template(emulator.base_url());
    AuthN::new(tweak(config)).expect("valid config")
}

/// The Pangea status of a failed call, or a panic naming what came back instead.
fn status_of<T: std::fmt::Debug>(result: Result<T, Error>) -> (PangeaStatus, Error) {
    let error = result.expect_err("the call must fail");
    let status = error
        .pangea_status()
        .cloned()
        .unwrap_or_else(|| panic!("not an API error: {error:?}"));
    (status, error)
}

#[tokio::test]
async fn all_ten_calls_work_end_to_end() {
    let (emulator, authn) = setup().await;
    let email = "joe.user@example.com";

    let created = authn
        .user()
        .create(email)
        .profile([("first_name", "Joe"), ("nickname", "jo")])
        .username("joeuser")
        .send()
        .await
        .expect("create");
    assert_eq!(created.status, PangeaStatus::Success);
    assert_eq!(created.email, email);
    assert_eq!(created.username.as_deref(), Some("joeuser"));
    assert!(created.id.starts_with("pui_"));
    assert!(created.request_id.starts_with("prq_"));

    let got = authn
        .user()
        .profile()
        .get(UserRef::username("joeuser"))
        .send()
        .await
        .expect("get");
    assert_eq!(got.id, created.id);
    assert_eq!(got.profile.get("nickname").map(String::as_str), Some("jo"));

    let updated = authn
        .user()
        .update(UserRef::id(&created.id))
        .disabled(true)
        .phone("+18085550173")
        .send()
        .await
        .expect("update");
    assert_eq!(updated.disabled, Some(true));
    assert_eq!(updated.phone.as_deref(), Some("+18085550173"));
    let updated = authn
        .user()
        .update(UserRef::email(email))
        .disabled(false)
        .unlock(true)
        .send()
        .await
        .expect("update");
    assert_eq!(
        (updated.disabled, updated.locked_out),
        (Some(false), Some(false))
    );

    let edited = authn
        .user()
        .profile()
        .update(
            UserRef::email(email),
            ProfileEdit::new()
                .set("phone", "18085550173")
                .remove("nickname"),
        )
        .send()
        .await
        .expect("profile update");
    assert_eq!(
        edited.profile.get("phone").map(String::as_str),
        Some("18085550173")
    );
    assert!(!edited.profile.contains_key("nickname"));
    assert_eq!(
        edited.profile.get("first_name").map(String::as_str),
        Some("Joe")
    );

    let page = authn
        .user()
        .list()
        .filter(UserFilter::new().email_contains(["@example.com"]))
        .send()
        .await
        .expect("list");
    assert_eq!(
        (page.count, page.users.len(), page.last.as_deref()),
        (1, 1, None)
    );

    emulator.set_password(email, "hunter2").expect("password");
    let totp = emulator
        .add_authenticator(email, KnownAuthenticatorType::Totp)
        .expect("totp");
    let list = authn
        .user()
        .authenticators()
        .list(UserRef::email(email))
        .send()
        .await
        .expect("authenticators");
    assert_eq!(list.len(), 2);
    assert!(list.iter().all(|a| a.enabled && a.id.starts_with("pau_")));
    let mut kinds: Vec<_> = list.iter().map(|a| a.kind.clone()).collect();
    kinds.sort_by_key(|k| k.as_str().to_string());
    assert_eq!(
        kinds,
        [AuthenticatorType::Password, AuthenticatorType::Totp]
    );
    authn
        .user()
        .authenticators()
        .delete(UserRef::id(&created.id), &totp.id)
        .send()
        .await
        .expect("delete authenticator");
    let list = authn
        .user()
        .authenticators()
        .list(UserRef::id(&created.id))
        .send()
        .await
        .expect("authenticators");
    assert_eq!(list.len(), 1);
    assert_eq!(
        list[0].kind,
        AuthenticatorType::Password,
        "the TOTP one went"
    );
    assert_ne!(list[0].id, totp.id);

    let code = emulator.login_code(email).expect("code");
    let session = authn
        .client()
        .userinfo(&code)
        .send()
        .await
        .expect("userinfo");
    let active = session.active_token.as_ref().expect("active token");
    assert!(active.token.expose_secret().starts_with("ptu_"));
    assert!(
        session
            .refresh_token
            .token
            .expose_secret()
            .starts_with("ptr_")
    );
    assert_eq!(active.identity, created.id);
    assert_eq!(active.email, email);
    let user = authn
        .user()
        .profile()
        .get(UserRef::id(&created.id))
        .send()
        .await
        .expect("get");
    assert_eq!(user.login_count, Some(1));
    assert!(user.last_login_at.is_some());

    authn
        .client()
        .password()
        .change(&active.token, "hunter2", "My2n+Password")
        .send()
        .await
        .expect("change");
    authn
        .client()
        .password()
        .change(&active.token, "My2n+Password", "again")
        .send()
        .await
        .expect("new password works");

    authn
        .user()
        .delete(UserRef::email(email))
        .send()
        .await
        .expect("delete");
    assert!(emulator.users().is_empty());
    assert!(emulator.authenticators().is_empty());
}

#[tokio::test]
async fn every_business_status_is_decoded_into_the_right_error() {
    let (emulator, authn) = setup().await;
    let email = "joe@example.com";
    authn
        .user()
        .create(email)
        .profile([("first_name", "Joe"), ("last_name", "User"), ("phone", "1")])
        .send()
        .await
        .expect("create");

    let (status, e) = status_of(authn.user().create(email).send().await);
    assert_eq!(status, PangeaStatus::UserExists);
    assert_eq!(e.http_status(), Some(200));
    assert!(e.summary().is_some_and(|s| s.contains(email)));
    assert!(e.request_id().is_some_and(|id| id.starts_with("prq_")));
    assert!(!e.is_retryable());

    let (status, _) = status_of(
        authn
            .user()
            .profile()
            .get(UserRef::email("nobody@example.com"))
            .send()
            .await,
    );
    assert_eq!(status, PangeaStatus::UserNotFound);
    let (status, _) = status_of(authn.user().delete(UserRef::id("pui_missing")).send().await);
    assert_eq!(status, PangeaStatus::UserNotFound);

    for (key, expected) in [
        ("first_name", PangeaStatus::CantDeleteFirstName),
        ("last_name", PangeaStatus::CantDeleteLastName),
    ] {
        let (status, _) = status_of(
            authn
                .user()
                .profile()
                .update(UserRef::email(email), ProfileEdit::new().remove(key))
                .send()
                .await,
        );
        assert_eq!(status, expected);
    }
    emulator
        .add_authenticator(email, KnownAuthenticatorType::SmsOtp)
        .expect("sms");
    let (status, _) = status_of(
        authn
            .user()
            .profile()
            .update(UserRef::email(email), ProfileEdit::new().remove("phone"))
            .send()
            .await,
    );
    assert_eq!(status, PangeaStatus::CantDeletePhone);

    let missing = format!("pau_{}", "a".repeat(32));
    let (status, _) = status_of(
        authn
            .user()
            .authenticators()
            .delete(UserRef::email(email), &missing)
            .send()
            .await,
    );
    assert_eq!(status, PangeaStatus::AuthenticatorNotFound);

    let unknown_code = format!("pmc_{}", "b".repeat(32));
    let (status, _) = status_of(authn.client().userinfo(&unknown_code).send().await);
    assert_eq!(status, PangeaStatus::InvalidCode);
    let code = emulator.login_code(email).expect("code");
    let session = authn
        .client()
        .userinfo(&code)
        .send()
        .await
        .expect("first use");
    let (status, _) = status_of(authn.client().userinfo(&code).send().await);
    assert_eq!(status, PangeaStatus::InvalidCode, "a code works once");

    let active = session.active_token.as_ref().expect("active").token.clone();
    let token = active.expose_secret().to_string();
    let (status, _) = status_of(
        authn
            .client()
            .password()
            .change(&active, "x", "y")
            .send()
            .await,
    );
    assert_eq!(status, PangeaStatus::CantSetPassword, "no password yet");
    emulator.set_password(email, "hunter2").expect("password");
    let (status, e) = status_of(
        authn
            .client()
            .password()
            .change(&active, "wrong", "y")
            .send()
            .await,
    );
    assert_eq!(status, PangeaStatus::AuthenticationFailure);
    assert!(
        !format!("{e} {e:?}").contains(&token),
        "errors never show the token"
    );
    let unknown_token = format!("ptu_{}", "c".repeat(32));
    let (status, _) = status_of(
        authn
            .client()
            .password()
            .change(&ActiveToken::new(&unknown_token), "hunter2", "y")
            .send()
            .await,
    );
    assert_eq!(status, PangeaStatus::InvalidToken);

    authn
        .user()
        .update(UserRef::email(email))
        .disabled(true)
        .send()
        .await
        .expect("disable");
    let (status, _) = status_of(
        authn
            .client()
            .password()
            .change(&active, "hunter2", "y")
            .send()
            .await,
    );
    assert_eq!(status, PangeaStatus::DisabledUser);
    let code = emulator.login_code(email).expect("code");
    let (status, _) = status_of(authn.client().userinfo(&code).send().await);
    assert_eq!(status, PangeaStatus::DisabledUser);
}

#[tokio::test]
async fn http_error_statuses_are_decoded_too() {
    let (emulator, authn) = setup().await;

    // 400: a cursor the service never returned, which the SDK cannot check.
    let (status, e) = status_of(authn.user().list().last("not-a-cursor").send().await);
    assert_eq!(status, PangeaStatus::ValidationError);
    assert_eq!(e.http_status(), Some(400));
    let [field] = e.field_errors() else {
        panic!("one field error: {e:?}")
    };
    assert_eq!(
        (field.code.as_str(), field.source.as_str()),
        ("BadFormat", "/last")
    );

    // 401: the wrong token.
    let wrong = sdk(&emulator, |_| {
        Config::new("pts_wrong").base_url_template(emulator.base_url())
    });
    let (status, e) = status_of(wrong.user().list().send().await);
    assert_eq!(
        (status, e.http_status()),
        (PangeaStatus::Unauthorized, Some(401))
    );

    // 413: a body over the limit.
    let big = "x".repeat(2 * 1024 * 1024);
    let (status, e) = status_of(
        authn
            .user()
            .create("big@example.com")
            .profile([("bio", big)])
            .send()
            .await,
    );
    assert_eq!(
        (status, e.http_status()),
        (PangeaStatus::PayloadTooLarge, Some(413))
    );

    // 503 from fault injection, after the retries.
    let config = EmulatorConfig {
        faults: Faults {
            error_rate: 1.0,
            ..Faults::default()
        },
        ..EmulatorConfig::new("pts_f")
    };
    let failing = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts");
    let authn = sdk(&failing, |c| {
        c.backoff(Duration::from_millis(1), Duration::from_millis(5))
            .retries(2)
    });
    let (status, e) = status_of(authn.user().list().send().await);
    assert_eq!(
        (status, e.http_status()),
        (PangeaStatus::ServiceNotAvailable, Some(503))
    );
    assert!(e.is_retryable());
    assert_eq!(
        failing.calls("user_list"),
        3,
        "the first attempt and two retries"
    );
}

#[tokio::test]
async fn accepted_requests_are_polled_to_their_result_or_reported_pending() {
    let config = EmulatorConfig {
        faults: Faults {
            accept_rate: 1.0,
            accept_polls: 2,
            ..Faults::default()
        },
        ..EmulatorConfig::new("pts_a")
    };
    let emulator = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts");
    let polling = sdk(&emulator, |c| {
        c.poll_timing(Duration::from_secs(5), Duration::from_millis(10))
    });
    let user = polling
        .user()
        .create("late@example.com")
        .send()
        .await
        .expect("resolved by polling");
    assert_eq!(user.email, "late@example.com");
    assert_eq!(user.status, PangeaStatus::Success);

    let impatient = sdk(&emulator, |c| c.poll_accepted(false));
    let error = impatient
        .user()
        .create("later@example.com")
        .send()
        .await
        .expect_err("not polled");
    let Error::Pending { request_id } = &error else {
        panic!("expected Pending, got {error:?}")
    };
    assert!(request_id.starts_with("prq_"));
    assert_eq!(error.request_id(), Some(request_id.as_str()));
}
