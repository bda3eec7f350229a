//! A Hosted Login backend, step by step: the login callback's code is traded for a session,
//! the active token is checked (by the service, then locally against the project's keys), the
//! session is refreshed when its active token expires, and the user logs out.
//!
//! `cargo run -p authn-sdk --features jwt --example hosted_login` starts the AuthN emulator
//! in-process, with JWT active tokens that live two seconds, and plays the user's part (the
//! login on the hosted page) with the emulator's login codes. Against your project, set
//! `PANGEA_AUTHN_TOKEN` and `PANGEA_DOMAIN` (or `PANGEA_BASE_URL_TEMPLATE`), and
//! `AUTHN_LOGIN_CODE` to a code your login callback received. Tokens are never printed, only
//! their ids (`tests/tests/secrets_trace.rs` runs this under a TRACE subscriber to check it).

use std::io::Write;
use std::time::Duration;

use authn_emulator::{Emulator, EmulatorConfig};
use authn_sdk::jwt::{Verifier, VerifyError};
use authn_sdk::{AuthN, Config, PangeaStatus, Timestamp};

type BoxError = Box<dyn std::error::Error>;

/// How long the emulator's active tokens live, so that the walk-through sees one expire.
const ACTIVE_LIFE: Duration = Duration::from_secs(2);

#[allow(dead_code)] // the walk-through is also compiled into a test, which has its own main
#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let configured = [
        "PANGEA_AUTHN_TOKEN",
        "PANGEA_DOMAIN",
        "PANGEA_BASE_URL_TEMPLATE",
    ]
    .iter()
    .any(|name| std::env::var_os(name).is_some());
    let mut out = std::io::stdout();
    if configured {
        let authn = AuthN::new(Config::from_env()?)?;
        let code = std::env::var("AUTHN_LOGIN_CODE")
            .map_err(|_| "set AUTHN_LOGIN_CODE to the code your login callback received")?;
        writeln!(out, "Using the AuthN service at {}", authn.base_url())?;
        run(&authn, Login::Code(code), &mut out).await?;
    } else {
        let emulator = start_emulator().await?;
        writeln!(
            out,
            "Using the AuthN emulator started in-process at {} (JWT active tokens, {} s)",
            emulator.base_url(),
            ACTIVE_LIFE.as_secs()
        )?;
        let authn =
            AuthN::new(Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
        authn
            .user()
            .create("joe.user@email.com")
            .profile([("first_name", "Joe")])
            .send()
            .await?;
        run(&authn, Login::Emulator(&emulator), &mut out).await?;
        emulator.shutdown().await;
    }
    Ok(())
}

/// An emulator whose active tokens are short-lived JWTs.
pub async fn start_emulator() -> std::io::Result<Emulator> {
    let config = EmulatorConfig {
        jwt_tokens: true,
        active_token_life: ACTIVE_LIFE,
        ..EmulatorConfig::new(authn_emulator::new_id("pts"))
    };
    Emulator::start_with(
        config,
        "127.0.0.1:0".parse().map_err(std::io::Error::other)?,
    )
    .await
}

/// Where the login code comes from: the hosted page's callback, or the emulator standing in
/// for the user's browser.
#[derive(Debug)]
pub enum Login<'a> {
    Code(String),
    Emulator(&'a Emulator),
}

/// The walk-through, printing a line per step to `out`. Returns the secrets it handled (the
/// login code and every token), so that a test can check none of them was printed or logged.
pub async fn run(
    authn: &AuthN,
    login: Login<'_>,
    out: &mut impl Write,
) -> Result<Vec<String>, BoxError> {
    let mut secrets = Vec::new();
    let code = match login {
        Login::Code(code) => code,
        Login::Emulator(emulator) => emulator.login_code("joe.user@email.com")?,
    };
    secrets.push(code.clone());

    // 1. The callback's one-time code becomes a session.
    let session = authn.client().userinfo(&code).send().await?;
    let active = session
        .active_token
        .clone()
        .ok_or("the login is not complete: no active token")?;
    secrets.push(active.token.expose_secret().to_string());
    secrets.push(session.refresh_token.token.expose_secret().to_string());
    writeln!(
        out,
        "1. {} logged in: session {}, active token {} until {}",
        active.email, session.refresh_token.id, active.id, active.expire
    )?;

    // 2. Is the active token good? Ask the service, then check it locally: the verifier
    //    fetches the project's keys once and then needs no call per request.
    let info = authn.client().token().check(&active.token).send().await?;
    writeln!(
        out,
        "2. the service says: {} token of {} until {}",
        info.kind, info.identity, info.expire
    )?;
    let verifier = Verifier::new(authn);
    let claims = verifier.verify(&active.token).await?;
    writeln!(
        out,
        "   verified locally: user {} ({}), expires {}",
        claims.user_id,
        claims.email.as_deref().unwrap_or("no email"),
        claims.expires_at
    )?;

    // 3. When the active token has expired, the refresh token renews the session.
    let wait = active
        .expire
        .duration_since(Timestamp::now())
        .unwrap_or_default()
        + Duration::from_millis(1100);
    tokio::time::sleep(wait).await;
    match verifier.verify(&active.token).await {
        Err(VerifyError::Expired { expired_at }) => writeln!(
            out,
            "3. the active token expired at {expired_at}: refreshing the session"
        )?,
        other => writeln!(out, "3. expected the token to have expired, got {other:?}")?,
    }
    let renewed = authn
        .client()
        .session()
        .refresh(&session.refresh_token.token)
        .user_token(&active.token)
        .send()
        .await?;
    let active = renewed
        .active_token
        .clone()
        .ok_or("the refresh gave no active token")?;
    secrets.push(active.token.expose_secret().to_string());
    secrets.push(renewed.refresh_token.token.expose_secret().to_string());
    let claims = verifier.verify(&active.token).await?;
    writeln!(
        out,
        "   new active token {} verified until {}",
        active.id, claims.expires_at
    )?;
    if let Err(e) = authn
        .client()
        .session()
        .refresh(&session.refresh_token.token)
        .send()
        .await
    {
        writeln!(
            out,
            "   the old refresh token no longer works: {}",
            status(&e)
        )?;
    }

    // 4. Logging out ends the session: the service no longer accepts its token.
    authn
        .client()
        .session()
        .logout(&active.token)
        .send()
        .await?;
    match authn.client().token().check(&active.token).send().await {
        Err(e) => writeln!(
            out,
            "4. logged out; the token check now says {}",
            status(&e)
        )?,
        Ok(_) => writeln!(out, "4. logged out, but the token is still accepted?")?,
    }
    Ok(secrets)
}

fn status(e: &authn_sdk::Error) -> String {
    e.pangea_status()
        .map_or_else(|| e.to_string(), |s: &PangeaStatus| s.to_string())
}
