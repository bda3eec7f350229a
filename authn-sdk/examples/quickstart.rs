//! A walk through all ten calls.
//!
//! `cargo run --example quickstart` talks to the real service when `PANGEA_AUTHN_TOKEN` and
//! `PANGEA_DOMAIN` are set; otherwise it starts the AuthN emulator in-process and says so.
//! (`tests/tests/secrets_trace.rs` runs the same walk-through under a TRACE subscriber.)

use std::io::Write;

use authn_emulator::Emulator;
use authn_sdk::authn_api::types::KnownAuthenticatorType;
use authn_sdk::{AuthN, AuthenticatorType, Config, ProfileEdit, UserFilter, UserOrderBy, UserRef};
use futures_util::TryStreamExt;

type BoxError = Box<dyn std::error::Error>;

#[allow(dead_code)] // the walk-through is also compiled into a test, which has its own main
#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let real =
        std::env::var("PANGEA_AUTHN_TOKEN").is_ok() && std::env::var("PANGEA_DOMAIN").is_ok();
    let (authn, emulator) = if real {
        let config = Config::from_env()?;
        println!("Using the real AuthN service at {}", config.base_url()?);
        (AuthN::new(config)?, None)
    } else {
        let emulator = Emulator::start().await?;
        println!(
            "PANGEA_AUTHN_TOKEN/PANGEA_DOMAIN are not set: using the AuthN emulator started in-process at {}",
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

/// The ten calls, printing a line per step to `out`. Returns the secrets it handled (login
/// code, tokens, passwords), so that a test can check none of them was printed or logged.
pub async fn run(
    authn: &AuthN,
    emulator: Option<&Emulator>,
    out: &mut impl Write,
) -> Result<Vec<String>, BoxError> {
    let mut secrets = vec!["hunter2".to_string(), "My2n+Password".to_string()];
    let tag = std::process::id();
    let email = format!("joe.user+{tag}@example.com");

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
        fetched.id, fetched.profile.0
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
        updated.profile.0
    )?;

    // 5. List with a filter, then the pagination stream
    for n in 0..4 {
        authn
            .user()
            .create(format!("friend{n}+{tag}@example.com"))
            .profile([("first_name", "Friend")])
            .send()
            .await?;
    }
    let filter = UserFilter::new().email_contains([format!("+{tag}@example.com")]);
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
    let emails: Vec<&str> = everyone.iter().map(|u| u.email.as_str()).collect();
    writeln!(
        out,
        "   streamed {} users in pages of 2, by email: {emails:?}",
        everyone.len()
    )?;

    if let Some(emulator) = emulator {
        // A login flow needs a browser with the real service; the emulator can give the user a
        // password, a second authenticator, and a one-time login code directly.
        emulator.set_password(&email, "hunter2")?;
        emulator.add_authenticator(&email, KnownAuthenticatorType::Totp)?;

        // 6. Authenticators: list, then delete the TOTP one
        let list = authn
            .user()
            .authenticators()
            .list(UserRef::email(&email))
            .send()
            .await?;
        let kinds: Vec<String> = list.iter().map(|a| kind(&a.type_)).collect();
        writeln!(
            out,
            "6. {} authenticators: {}",
            list.len(),
            kinds.join(", ")
        )?;
        if let Some(totp) = list.iter().find(|a| kind(&a.type_) == "totp") {
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
            .change(active.token.expose_secret(), "hunter2", "My2n+Password")
            .send()
            .await?;
        writeln!(out, "8. password changed")?;
        let wrong = authn
            .client()
            .password()
            .change(active.token.expose_secret(), "hunter2", "again")
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
    for n in 0..4 {
        authn
            .user()
            .delete(UserRef::email(format!("friend{n}+{tag}@example.com")))
            .send()
            .await?;
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

fn kind(t: &AuthenticatorType) -> String {
    match t {
        AuthenticatorType::KnownAuthenticatorType(known) => known.to_string(),
        AuthenticatorType::Other(other) => other.clone(),
    }
}
