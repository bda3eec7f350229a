//! A walk through all ten calls.
//!
//! `cargo run -p authn-sdk --example quickstart` starts the AuthN emulator in-process and runs
//! against it. When any of `PANGEA_AUTHN_TOKEN`, `PANGEA_DOMAIN` or `PANGEA_BASE_URL_TEMPLATE`
//! is set, it reads all three with `Config::from_env` instead (the token, and the template or
//! else the domain) and runs against that service: it says what it will create there, and
//! deletes it again even when a step fails. (`tests/tests/secrets_trace.rs` runs the same
//! walk-through under a TRACE subscriber.)

use std::io::Write;

use authn_emulator::Emulator;
use authn_sdk::{
    AuthN, AuthenticatorType, Config, PangeaStatus, ProfileEdit, UserFilter, UserOrderBy, UserRef,
};

type BoxError = Box<dyn std::error::Error>;

/// The variables `Config::from_env` reads; any of them set means "not the emulator".
const ENV: [&str; 3] = [
    "PANGEA_AUTHN_TOKEN",
    "PANGEA_DOMAIN",
    "PANGEA_BASE_URL_TEMPLATE",
];

#[allow(dead_code)] // the walk-through is also compiled into a test, which has its own main
#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let configured = ENV.iter().any(|name| std::env::var_os(name).is_some());
    let (authn, emulator) = if configured {
        let config = Config::from_env()?;
        let authn = AuthN::new(config)?;
        println!(
            "Using the AuthN service at {} (from {})",
            authn.base_url(),
            ENV.join(", ")
        );
        println!(
            "It will create five users, joe.user+{tag}@example.com and friend0..3+{tag}@example.com, and delete them at the end, whatever happens.",
            tag = tag()
        );
        (authn, None)
    } else {
        let emulator = Emulator::start().await?;
        println!(
            "{} are not set: using the AuthN emulator started in-process at {}",
            ENV.join(", "),
            emulator.base_url()
        );
        let config = Config::new(emulator.token()).base_url_template(emulator.base_url());
        (AuthN::new(config)?, Some(emulator))
    };
    run(&authn, emulator.as_ref(), &mut std::io::stdout()).await?;
    if let Some(emulator) = emulator {
        emulator.shutdown().await;
    }
    Ok(())
}

/// A tag that makes this run's emails unique.
fn tag() -> u32 {
    std::process::id()
}

/// The emails of the users the walk-through creates.
fn emails() -> Vec<String> {
    let tag = tag();
    let mut emails = vec![format!("joe.user+{tag}@example.com")];
    emails.extend((0..4).map(|n| format!("friend{n}+{tag}@example.com")));
    emails
}

/// What the walk-through will create, said before it starts against a real project.
#[allow(dead_code)] // used by main and tests/tests/quickstart_cleanup.rs, not by every includer
pub fn plan() -> String {
    format!(
        "It will create {} users ({}) and delete them at the end, even if a step fails.",
        emails().len(),
        emails().join(", ")
    )
}

/// The walk-through, then the deletion of every user it created that is still there, even
/// when a step failed (the step's error is the one returned).
pub async fn run(
    authn: &AuthN,
    emulator: Option<&Emulator>,
    out: &mut impl Write,
) -> Result<Vec<String>, BoxError> {
    let outcome = steps(authn, emulator, out).await;
    let mut left = Vec::new();
    for email in emails() {
        match authn.user().delete(UserRef::email(&email)).send().await {
            Ok(_) => left.push(email),
            Err(e) if e.pangea_status() == Some(&PangeaStatus::UserNotFound) => {}
            Err(e) => writeln!(out, "could not delete {email}: {e}")?,
        }
    }
    if !left.is_empty() {
        writeln!(out, "cleaned up {} users left by a failed step", left.len())?;
    }
    outcome
}

/// The ten calls, printing a line per step to `out`. Returns the secrets it handled (login
/// code, tokens, passwords), so that a test can check none of them was printed or logged.
async fn steps(
    authn: &AuthN,
    emulator: Option<&Emulator>,
    out: &mut impl Write,
) -> Result<Vec<String>, BoxError> {
    let mut secrets = vec!["hunter2".to_string(), "My2n+Password".to_string()];
    let emails = emails();
    let email = emails[0].clone();

    // 1. Create
    let user = authn
        .user()
        .create(&email)
        .profile([
            ("first_name", "Joe"),
            ("last_name", "User"),
            ("nickname", "jo"),
        ])
        .send()
        .await?;
    writeln!(
        out,
        "1. created {} <{}> (request {})",
        user.id, user.email, user.request_id
    )?;

    // 2. Get
    let fetched = authn
        .user()
        .profile()
        .get(UserRef::email(&email))
        .send()
        .await?;
    writeln!(
        out,
        "2. got {} with profile {:?}",
        fetched.id, fetched.profile
    )?;

    // 3. Update: disable, then enable again
    let disabled = authn
        .user()
        .update(UserRef::id(&user.id))
        .disabled(true)
        .send()
        .await?;
    let enabled = authn
        .user()
        .update(UserRef::id(&user.id))
        .disabled(false)
        .send()
        .await?;
    writeln!(
        out,
        "3. disabled={:?}, then disabled={:?}",
        disabled.disabled, enabled.disabled
    )?;

    // 4. Profile update, deleting a key
    let edits = ProfileEdit::new()
        .set("phone", "18085550173")
        .remove("nickname");
    let updated = authn
        .user()
        .profile()
        .update(UserRef::id(&user.id), edits)
        .send()
        .await?;
    writeln!(
        out,
        "4. profile is now {:?} (nickname deleted)",
        updated.profile
    )?;

    // 5. List with a filter, then the pagination stream
    for friend in &emails[1..] {
        authn
            .user()
            .create(friend)
            .profile([("first_name", "Friend")])
            .send()
            .await?;
    }
    let filter = UserFilter::new().email_contains([format!("+{}@example.com", tag())]);
    let page = authn
        .user()
        .list()
        .filter(filter.clone())
        .size(2)
        .send()
        .await?;
    writeln!(
        out,
        "5. first page: {} of {} matching users",
        page.users.len(),
        page.count
    )?;
    let everyone: Vec<_> = authn
        .user()
        .list()
        .filter(filter)
        .order_by(UserOrderBy::Email)
        .size(2)
        .items()
        .try_collect()
        .await?;
    let streamed: Vec<&str> = everyone.iter().map(|u| u.email.as_str()).collect();
    writeln!(
        out,
        "   streamed {} users in pages of 2, by email: {streamed:?}",
        everyone.len()
    )?;

    if let Some(emulator) = emulator {
        // A login flow needs a browser with the real service; the emulator can give the user a
        // password, a second authenticator, and a one-time login code directly.
        emulator.set_password(&email, "hunter2")?;
        emulator.add_authenticator(
            &email,
            authn_sdk::authn_api::types::KnownAuthenticatorType::Totp,
        )?;

        // 6. Authenticators: list, then delete the TOTP one
        let list = authn
            .user()
            .authenticators()
            .list(UserRef::email(&email))
            .send()
            .await?;
        let kinds: Vec<&str> = list.iter().map(|a| a.kind.as_str()).collect();
        writeln!(
            out,
            "6. {} authenticators: {}",
            list.len(),
            kinds.join(", ")
        )?;
        if let Some(totp) = list.iter().find(|a| a.kind == AuthenticatorType::Totp) {
            authn
                .user()
                .authenticators()
                .delete(UserRef::id(&user.id), &totp.id)
                .send()
                .await?;
            writeln!(out, "   deleted the totp authenticator {}", totp.id)?;
        }

        // 7. Login code -> userinfo
        let code = emulator.login_code(&email)?;
        let session = authn.client().userinfo(&code).send().await?;
        let active = session.active_token.as_ref().ok_or("no active token")?;
        secrets.push(code);
        secrets.push(active.token.expose_secret().to_string());
        secrets.push(session.refresh_token.token.expose_secret().to_string());
        writeln!(
            out,
            "7. logged in as {}: active token {} expires {}, refresh token {}",
            active.email, active.id, active.expire, session.refresh_token.id
        )?;

        // 8. Password change with the user's token
        authn
            .client()
            .password()
            .change(&active.token, "hunter2", "My2n+Password")
            .send()
            .await?;
        writeln!(out, "8. password changed")?;
        let wrong = authn
            .client()
            .password()
            .change(&active.token, "hunter2", "again")
            .send()
            .await;
        if let Err(e) = wrong {
            writeln!(out, "   changing it again with the old password fails: {e}")?;
        }
    } else {
        writeln!(
            out,
            "6-8. skipped against the real service: they need a user who logged in through a login flow"
        )?;
    }

    // 9. Delete
    authn.user().delete(UserRef::email(&email)).send().await?;
    for friend in &emails[1..] {
        authn.user().delete(UserRef::email(friend)).send().await?;
    }
    match authn
        .user()
        .profile()
        .get(UserRef::email(&email))
        .send()
        .await
    {
        Err(e) => writeln!(out, "9. deleted; getting the user again fails: {e}")?,
        Ok(_) => writeln!(out, "9. deleted, but the user is still there?")?,
    }
    Ok(secrets)
}
