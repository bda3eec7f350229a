//! A walk through all ten calls.
//!
//! `cargo run --example quickstart` talks to the real service when `PANGEA_AUTHN_TOKEN` and
//! `PANGEA_DOMAIN` are set; otherwise it starts the AuthN emulator in-process and says so.

use authn_emulator::Emulator;
use authn_sdk::authn_api::types::KnownAuthenticatorType;
use authn_sdk::{AuthN, AuthenticatorType, Config, ProfileEdit, UserFilter, UserOrderBy, UserRef};
use futures_util::TryStreamExt;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
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
        .await?;
    println!(
        "1. created {} <{}> (request {})",
        user.id, user.email, user.request_id
    );

    // 2. Get
    let fetched = authn.user().profile().get(UserRef::email(&email)).await?;
    println!("2. got {} with profile {:?}", fetched.id, fetched.profile.0);

    // 3. Update: disable, then enable again
    let disabled = authn
        .user()
        .update(UserRef::id(&user.id))
        .disabled(true)
        .await?;
    let enabled = authn
        .user()
        .update(UserRef::id(&user.id))
        .disabled(false)
        .await?;
    println!(
        "3. disabled={:?}, then disabled={:?}",
        disabled.disabled, enabled.disabled
    );

    // 4. Profile update, deleting a key
    let edits = ProfileEdit::new()
        .set("phone", "18085550173")
        .remove("nickname");
    let updated = authn
        .user()
        .profile()
        .update(UserRef::id(&user.id), edits)
        .await?;
    println!(
        "4. profile is now {:?} (nickname deleted)",
        updated.profile.0
    );

    // 5. List with a filter, then the pagination stream
    for n in 0..4 {
        authn
            .user()
            .create(format!("friend{n}+{tag}@example.com"))
            .profile([("first_name", "Friend")])
            .await?;
    }
    let filter = UserFilter::new().email_contains([format!("+{tag}@example.com")]);
    let page = authn.user().list().filter(filter.clone()).size(2).await?;
    println!(
        "5. first page: {} of {} matching users",
        page.users.len(),
        page.count
    );
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
    println!(
        "   streamed {} users in pages of 2, by email: {emails:?}",
        everyone.len()
    );

    if let Some(emulator) = &emulator {
        // A login flow needs a browser with the real service; the emulator can give the user a
        // password, a second authenticator, and a one-time login code directly.
        emulator.set_password(&email, "hunter2")?;
        emulator.add_authenticator(&email, KnownAuthenticatorType::Totp)?;

        // 6. Authenticators: list, then delete the TOTP one
        let list = authn
            .user()
            .authenticators()
            .list(UserRef::email(&email))
            .await?;
        let kinds: Vec<String> = list.iter().map(|a| kind(&a.type_)).collect();
        println!("6. {} authenticators: {}", list.len(), kinds.join(", "));
        if let Some(totp) = list.iter().find(|a| kind(&a.type_) == "totp") {
            authn
                .user()
                .authenticators()
                .delete(UserRef::id(&user.id), &totp.id)
                .await?;
            println!("   deleted the totp authenticator {}", totp.id);
        }

        // 7. Login code -> userinfo
        let code = emulator.login_code(&email)?;
        let session = authn.client().userinfo(&code).await?;
        let active = session.active_token.as_ref().ok_or("no active token")?;
        println!(
            "7. logged in as {}: active token {} expires {}, refresh token {}",
            active.email, active.id, active.expire, session.refresh_token.id
        );

        // 8. Password change with the user's token
        authn
            .client()
            .password()
            .change(active.token.expose_secret(), "hunter2", "My2n+Password")
            .await?;
        println!("8. password changed");
        let wrong = authn
            .client()
            .password()
            .change(active.token.expose_secret(), "hunter2", "again")
            .await;
        if let Err(e) = wrong {
            println!("   changing it again with the old password fails: {e}");
        }
    } else {
        println!(
            "6-8. skipped against the real service: they need a user who logged in through a login flow"
        );
    }

    // 9. Delete
    authn.user().delete(UserRef::email(&email)).await?;
    for n in 0..4 {
        authn
            .user()
            .delete(UserRef::email(format!("friend{n}+{tag}@example.com")))
            .await?;
    }
    match authn.user().profile().get(UserRef::email(&email)).await {
        Err(e) => println!("9. deleted; getting the user again fails: {e}"),
        Ok(_) => println!("9. deleted, but the user is still there?"),
    }
    if let Some(emulator) = emulator {
        emulator.shutdown().await;
    }
    Ok(())
}

fn kind(t: &AuthenticatorType) -> String {
    match t {
        AuthenticatorType::KnownAuthenticatorType(known) => known.to_string(),
        AuthenticatorType::Other(other) => other.clone(),
    }
}
