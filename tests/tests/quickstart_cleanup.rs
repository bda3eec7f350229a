//! The quickstart against a project it does not own: it says what it will create, and removes
//! it again when a step fails half way.

#[path = "../../authn-sdk/examples/quickstart.rs"]
mod quickstart;

use authn_emulator::Emulator;
use authn_sdk::{AuthN, Config};

#[tokio::test]
async fn a_failed_step_leaves_no_user_behind() {
    let emulator = Emulator::start().await.expect("emulator starts");
    let authn = AuthN::new(Config::new(emulator.token()).base_url_template(emulator.base_url()))
        .expect("valid config");
    // Step 5 lists users after all five are created; its first call fails for good.
    emulator
        .fail_next("user_list", 1, 400, None)
        .expect("a valid fault");
    let mut out = Vec::new();
    let outcome = quickstart::run(&authn, Some(&emulator), &mut out).await;
    let printed = String::from_utf8_lossy(&out);
    let error = outcome.expect_err("the list step fails");
    assert!(error.to_string().contains("HTTP 400"), "{error}");
    assert!(printed.contains("cleaned up 5 users"), "{printed}");
    assert_eq!(
        emulator.users(),
        [],
        "every user the walk-through created is gone"
    );
}

#[test]
fn the_plan_names_every_user_the_walk_through_creates() {
    let plan = quickstart::plan();
    assert!(plan.starts_with("It will create 5 users ("), "{plan}");
    let tag = std::process::id();
    for email in [
        format!("joe.user+{tag}@example.com"),
        format!("friend3+{tag}@example.com"),
    ] {
        assert!(plan.contains(&email), "{plan}");
    }
}
