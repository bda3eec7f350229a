//! The SDK's retries, `Retry-After` handling and 202 polling, end to end, against faults the
//! emulator was scripted with: every retry and every poll is counted by the emulator, so each
//! test knows exactly how many requests the SDK made.

use std::time::{Duration, Instant};

use authn_emulator::Emulator;
use authn_sdk::{AuthN, Config, Error, PangeaStatus};

async fn setup(tweak: impl FnOnce(Config) -> Config) -> (Emulator, AuthN) {
    let emulator = Emulator::start().await.expect("emulator starts");
    let config = Config::new(emulator.token())
        .base_url_template(emulator.base_url())
        .backoff(Duration::from_millis(1), Duration::from_millis(5));
    let authn = AuthN::new(tweak(config)).expect("valid config");
    (emulator, authn)
}

#[tokio::test]
async fn scripted_503s_are_retried_until_the_call_succeeds() {
    let (emulator, authn) = setup(|c| c.retries(3)).await;
    emulator
        .fail_next("user_create", 2, 503, None)
        .expect("scripted");
    let user = authn
        .user()
        .create("retried@example.com")
        .send()
        .await
        .expect("the third attempt succeeds");
    assert_eq!(user.email, "retried@example.com");
    assert_eq!(user.status, PangeaStatus::Success);
    assert!(user.id.starts_with("pui_"), "{}", user.id);
    assert!(user.request_id.starts_with("prq_"), "{}", user.request_id);
    assert_eq!(emulator.calls("user_create"), 3);
    assert_eq!(emulator.users().len(), 1, "one user, however many attempts");
}

#[tokio::test]
async fn retries_end_with_the_last_error_when_the_faults_outlast_them() {
    let (emulator, authn) = setup(|c| c.retries(2)).await;
    emulator
        .fail_next("user_create", 5, 503, None)
        .expect("scripted");
    let error = authn
        .user()
        .create("unlucky@example.com")
        .send()
        .await
        .expect_err("three attempts, all refused");
    assert_eq!(error.http_status(), Some(503));
    assert_eq!(
        error.pangea_status(),
        Some(&PangeaStatus::ServiceNotAvailable)
    );
    assert!(error.is_retryable());
    assert!(error.request_id().is_some_and(|id| id.starts_with("prq_")));
    assert_eq!(emulator.calls("user_create"), 3, "one call and two retries");
    assert!(emulator.users().is_empty());
    // Two scripted failures are left for the next calls.
    assert_eq!(emulator.script().fail[0].count, 2);
}

#[tokio::test]
async fn retry_after_is_waited_for() {
    let (emulator, authn) = setup(|c| c.retries(1)).await;
    emulator
        .fail_next("user_create", 1, 503, Some(Duration::from_secs(1)))
        .expect("scripted");
    let started = Instant::now();
    let user = authn
        .user()
        .create("patient@example.com")
        .send()
        .await
        .expect("the retry succeeds");
    let waited = started.elapsed();
    assert_eq!(user.email, "patient@example.com");
    assert!(waited >= Duration::from_secs(1), "waited only {waited:?}");
    assert_eq!(emulator.calls("user_create"), 2);
}

#[tokio::test]
async fn a_429_is_retried_only_when_it_says_when() {
    let (emulator, authn) = setup(|c| c.retries(2)).await;
    emulator
        .fail_next("user_create", 1, 429, None)
        .expect("scripted");
    let error = authn
        .user()
        .create("rushed@example.com")
        .send()
        .await
        .expect_err("a 429 without Retry-After is not retried");
    assert_eq!(error.http_status(), Some(429));
    assert_eq!(error.pangea_status(), Some(&PangeaStatus::TooManyRequests));
    assert_eq!(emulator.calls("user_create"), 1);

    emulator
        .fail_next("user_create", 1, 429, Some(Duration::from_secs(1)))
        .expect("scripted");
    let user = authn
        .user()
        .create("rushed@example.com")
        .send()
        .await
        .expect("retried after the Retry-After");
    assert_eq!(user.email, "rushed@example.com");
    assert_eq!(emulator.calls("user_create"), 3);
}

#[tokio::test]
async fn an_accepted_call_is_polled_until_its_answer_is_ready() {
    let (emulator, authn) =
        setup(|c| c.poll_timing(Duration::from_secs(10), Duration::from_millis(10))).await;
    emulator.accept_next("user_create", 1, 3).expect("scripted");
    let user = authn
        .user()
        .create("late@example.com")
        .send()
        .await
        .expect("resolved on the third poll");
    assert_eq!(user.email, "late@example.com");
    assert_eq!(user.status, PangeaStatus::Success);
    assert_eq!(emulator.calls("user_create"), 1);
    assert_eq!(emulator.calls("request_poll"), 3);
    assert_eq!(emulator.users().len(), 1);
}

#[tokio::test]
async fn a_delay_longer_than_the_timeout_ends_the_call() {
    // Wide margins for a loaded machine: the request has a second to reach the emulator (and
    // be counted), and the timeout ends the call long before the delay would.
    let (emulator, authn) = setup(|c| c.retries(0).timeout(Duration::from_secs(1))).await;
    emulator
        .delay("user_create", Duration::from_secs(10))
        .expect("scripted");
    let started = Instant::now();
    let error = authn
        .user()
        .create("slow@example.com")
        .send()
        .await
        .expect_err("timed out");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    assert_eq!(error.to_string(), "the call timed out");
    assert_eq!(error.http_status(), None);
    assert!(
        error.is_retryable(),
        "a timeout may succeed later: {error:?}"
    );
    assert_eq!(emulator.calls("user_create"), 1);
}
