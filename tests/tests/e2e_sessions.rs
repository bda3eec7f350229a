//! The SDK against the emulator for sessions, tokens, JWKS, invitations and password expiry:
//! each call and each documented failure, the session's life from login to logout, and the
//! local JWT verifier with tokens the emulator signs and tokens it does not.

use std::time::Duration;

use authn_emulator::{Emulator, EmulatorConfig};
use authn_sdk::jwt::{Verifier, VerifyError};
use authn_sdk::{
    ActiveToken, AuthN, Config, Error, InviteFilter, PangeaStatus, RefreshToken, Response,
    SessionFilter, TokenType, UserRef, Userinfo,
};
use base64::Engine;
use serde_json::json;

const EMAIL: &str = "joe.user@email.com";

async fn setup_with(config: EmulatorConfig) -> (Emulator, AuthN) {
    let emulator = Emulator::start_with(config, "127.0.0.1:0".parse().expect("an address"))
        .await
        .expect("emulator starts");
    let authn = AuthN::new(Config::new(emulator.token()).base_url_template(emulator.base_url()))
        .expect("valid config");
    authn
        .user()
        .create(EMAIL)
        .profile([("first_name", "Joe")])
        .send()
        .await
        .expect("created");
    (emulator, authn)
}

async fn setup() -> (Emulator, AuthN) {
    setup_with(EmulatorConfig::new(authn_emulator::new_id("pts"))).await
}

async fn jwt_setup() -> (Emulator, AuthN) {
    setup_with(EmulatorConfig {
        jwt_tokens: true,
        ..EmulatorConfig::new(authn_emulator::new_id("pts"))
    })
    .await
}

async fn login(emulator: &Emulator, authn: &AuthN) -> Userinfo {
    let code = emulator.login_code(EMAIL).expect("a login code");
    authn
        .client()
        .userinfo(&code)
        .send()
        .await
        .expect("logged in")
        .into_result()
}

fn active(session: &Userinfo) -> &ActiveToken {
    &session
        .active_token
        .as_ref()
        .expect("an active token")
        .token
}

/// `client.session.refresh` with only its refresh token.
async fn refresh(authn: &AuthN, token: &RefreshToken) -> authn_sdk::Result<Response<Userinfo>> {
    authn.client().session().refresh(token).send().await
}

fn status<T: std::fmt::Debug>(outcome: authn_sdk::Result<T>) -> PangeaStatus {
    let error = outcome.expect_err("a non-Success status");
    error
        .pangea_status()
        .cloned()
        .unwrap_or_else(|| panic!("not an API error: {error:?}"))
}

#[tokio::test]
async fn a_session_from_login_to_logout() {
    let (emulator, authn) = setup().await;
    let session = login(&emulator, &authn).await;
    let token = active(&session);

    let info = authn
        .client()
        .token()
        .check(token)
        .send()
        .await
        .expect("valid");
    assert_eq!(info.kind, TokenType::User);
    assert_eq!(info.email, EMAIL);
    assert_eq!(info.profile["first_name"], "Joe");

    let mine = authn
        .client()
        .session()
        .list(token)
        .items()
        .try_collect()
        .await
        .expect("listed");
    assert_eq!(mine.len(), 1);
    assert_eq!(
        mine[0].id, session.refresh_token.id,
        "a session's id is its refresh token's"
    );
    let everyone = authn
        .session()
        .list()
        .filter(SessionFilter::new().email(EMAIL))
        .send()
        .await
        .expect("listed");
    assert_eq!(everyone.count, Some(1));

    // Refresh rotates both tokens; the old refresh token then no longer works.
    let renewed = authn
        .client()
        .session()
        .refresh(&session.refresh_token.token)
        .user_token(token)
        .send()
        .await
        .expect("refreshed");
    assert_ne!(renewed.refresh_token.token, session.refresh_token.token);
    assert_ne!(active(&renewed), token);
    assert_eq!(
        status(refresh(&authn, &session.refresh_token.token).await),
        PangeaStatus::CantRefreshToken
    );
    authn
        .client()
        .token()
        .check(active(&renewed))
        .send()
        .await
        .expect("the new token is valid");

    authn
        .client()
        .session()
        .logout(active(&renewed))
        .send()
        .await
        .expect("logged out");
    assert_eq!(
        status(authn.client().token().check(active(&renewed)).send().await),
        PangeaStatus::InvalidToken
    );
    assert_eq!(
        status(refresh(&authn, &renewed.refresh_token.token).await),
        PangeaStatus::InvalidToken
    );
}

#[tokio::test]
async fn sessions_end_one_by_one_or_all_at_once() {
    let (emulator, authn) = setup().await;
    let laptop = login(&emulator, &authn).await;
    let phone = login(&emulator, &authn).await;
    let tablet = login(&emulator, &authn).await;

    // The laptop signs the phone out.
    authn
        .client()
        .session()
        .invalidate(active(&laptop), &phone.refresh_token.id)
        .send()
        .await
        .expect("invalidated");
    assert_eq!(
        status(authn.client().token().check(active(&phone)).send().await),
        PangeaStatus::InvalidToken
    );
    let left = authn
        .client()
        .session()
        .list(active(&laptop))
        .items()
        .try_collect()
        .await
        .expect("listed");
    assert_eq!(left.len(), 2);
    assert_eq!(
        status(
            authn
                .client()
                .session()
                .invalidate(active(&laptop), &phone.refresh_token.id)
                .send()
                .await
        ),
        PangeaStatus::SessionNotFound
    );

    // An administrator ends the tablet's session, then every session of the user.
    authn
        .session()
        .invalidate(&tablet.refresh_token.id)
        .send()
        .await
        .expect("invalidated");
    assert_eq!(
        status(
            authn
                .session()
                .invalidate(&tablet.refresh_token.id)
                .send()
                .await
        ),
        PangeaStatus::SessionNotFound
    );
    let user = authn
        .user()
        .profile()
        .get(UserRef::email(EMAIL))
        .send()
        .await
        .expect("user");
    authn
        .session()
        .logout(&user.id)
        .send()
        .await
        .expect("logged out everywhere");
    assert_eq!(
        status(authn.client().token().check(active(&laptop)).send().await),
        PangeaStatus::InvalidToken
    );
    let all = authn
        .session()
        .list()
        .items()
        .try_collect()
        .await
        .expect("listed");
    assert!(all.is_empty(), "{all:?}");
}

#[tokio::test]
async fn tokens_expire_on_the_emulators_clock() {
    let (emulator, authn) = setup().await;
    // Lifetimes with a second or more of margin on each side of every check, for a loaded
    // machine: the active token is checked well within 1 s, then after 1.5 s; the refresh
    // token (3 s) is used at 1.5 s, and its successor after 3.2 s more.
    emulator.set_token_lifetimes(Duration::from_secs(1), Duration::from_secs(3));
    let session = login(&emulator, &authn).await;
    authn
        .client()
        .token()
        .check(active(&session))
        .send()
        .await
        .expect("fresh");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        status(authn.client().token().check(active(&session)).send().await),
        PangeaStatus::ExpiredToken
    );
    let renewed = refresh(&authn, &session.refresh_token.token)
        .await
        .expect("refreshable");
    tokio::time::sleep(Duration::from_millis(3200)).await;
    assert_eq!(
        status(refresh(&authn, &renewed.refresh_token.token).await),
        PangeaStatus::ExpiredToken
    );
}

#[tokio::test]
async fn disabled_users_cannot_use_their_sessions() {
    let (emulator, authn) = setup().await;
    let session = login(&emulator, &authn).await;
    authn
        .user()
        .update(UserRef::email(EMAIL))
        .disabled(true)
        .send()
        .await
        .expect("disabled");
    assert_eq!(
        status(authn.client().token().check(active(&session)).send().await),
        PangeaStatus::DisabledUser
    );
    assert_eq!(
        status(refresh(&authn, &session.refresh_token.token).await),
        PangeaStatus::DisabledUser
    );
}

#[tokio::test]
async fn the_verifier_accepts_the_emulators_jwts_and_refuses_the_rest() {
    let (emulator, authn) = jwt_setup().await;
    let session = login(&emulator, &authn).await;
    let verifier = Verifier::new(&authn);
    let claims = verifier.verify(active(&session)).await.expect("verified");
    let user = authn
        .user()
        .profile()
        .get(UserRef::email(EMAIL))
        .send()
        .await
        .expect("user");
    assert_eq!(claims.user_id, user.id);
    assert_eq!(claims.email.as_deref(), Some(EMAIL));
    assert_eq!(claims.profile["first_name"], "Joe");
    assert_eq!(
        claims.token_id.as_deref(),
        Some(
            session
                .active_token
                .as_ref()
                .map(|t| t.id.as_str())
                .unwrap_or("")
        )
    );
    // The key set is fetched once, and then the cache serves.
    verifier
        .verify(active(&session))
        .await
        .expect("verified again");
    assert_eq!(emulator.calls("client_jwks"), 1);
    // The service accepts the JWT too.
    authn
        .client()
        .token()
        .check(active(&session))
        .send()
        .await
        .expect("the service agrees");

    // Expired, with a valid signature.
    let now = chrono::Utc::now().timestamp();
    let expired = emulator
        .sign_jwt(&json!({"sub": user.id, "email": EMAIL, "iat": now - 120, "exp": now - 60}));
    assert!(matches!(
        verifier.verify(&ActiveToken::new(&expired)).await,
        Err(VerifyError::Expired { expired_at }) if expired_at.unix_seconds() == now - 60
    ));

    // Forged: the payload changed after signing.
    let token = active(&session).expose_secret().to_string();
    let mut parts: Vec<&str> = token.split('.').collect();
    let forged_payload =
        b64(&json!({"sub": "pui_someoneelsesomeoneelsesomeone", "exp": now + 600}).to_string());
    parts[1] = &forged_payload;
    let forged = parts.join(".");
    assert!(matches!(
        verifier.verify(&ActiveToken::new(&forged)).await,
        Err(VerifyError::BadSignature)
    ));

    // `alg: none`, with or without a signature.
    let none = format!(
        "{}.{}.",
        b64(r#"{"alg":"none","typ":"JWT"}"#),
        b64(&json!({"sub": user.id, "exp": now + 600}).to_string())
    );
    assert!(matches!(
        verifier.verify(&ActiveToken::new(&none)).await,
        Err(VerifyError::UnsupportedAlgorithm { alg }) if alg == "none"
    ));
    // HMAC with the public key as the secret (the classic confusion attack) is refused too.
    let hs = format!("{}.{}.c2ln", b64(r#"{"alg":"HS256","kid":"x"}"#), b64("{}"));
    assert!(matches!(
        verifier.verify(&ActiveToken::new(&hs)).await,
        Err(VerifyError::UnsupportedAlgorithm { .. })
    ));

    // Malformed.
    assert!(matches!(
        verifier.verify(&ActiveToken::new("not-a-jwt")).await,
        Err(VerifyError::Malformed { .. })
    ));

    // An unknown key id: the key set is fetched once more, then the token is refused.
    let header = token.split('.').next().expect("a header");
    let header: serde_json::Value = serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(header)
            .expect("base64url"),
    )
    .expect("json");
    let unknown = format!(
        "{}.{}",
        b64(
            &json!({"alg": "ES256", "kid": "pvi_unknownunknownunknownunknownun|9", "typ": "JWT"})
                .to_string()
        ),
        token
            .split_once('.')
            .map(|(_, rest)| rest)
            .expect("a payload")
    );
    let calls = emulator.calls("client_jwks");
    assert!(matches!(
        verifier.verify(&ActiveToken::new(&unknown)).await,
        Err(VerifyError::UnknownKey { kid }) if kid == "pvi_unknownunknownunknownunknownun|9"
    ));
    assert_eq!(
        emulator.calls("client_jwks"),
        calls + 1,
        "one refetch, no more"
    );
    // Another made-up key id right after: refused without a fetch (at most one refetch per
    // UNKNOWN_KEY_REFETCH), so forged tokens cannot make the verifier call client/jwks each.
    let forged = unknown.replace(
        &b64(
            &json!({"alg": "ES256", "kid": "pvi_unknownunknownunknownunknownun|9", "typ": "JWT"})
                .to_string(),
        ),
        &b64(
            &json!({"alg": "ES256", "kid": "pvi_otherotherotherotherotherothe|1", "typ": "JWT"})
                .to_string(),
        ),
    );
    assert!(matches!(
        verifier.verify(&ActiveToken::new(&forged)).await,
        Err(VerifyError::UnknownKey { kid }) if kid == "pvi_otherotherotherotherotherothe|1"
    ));
    assert_eq!(
        emulator.calls("client_jwks"),
        calls + 1,
        "no second refetch"
    );
    assert_eq!(header["alg"], "ES256");
}

#[tokio::test]
async fn a_rotated_key_is_picked_up_with_one_fetch() {
    let (emulator, authn) = jwt_setup().await;
    let verifier = Verifier::new(&authn);
    let before = login(&emulator, &authn).await;
    verifier.verify(active(&before)).await.expect("verified");
    let new_kid = emulator.rotate_signing_key(false).expect("rotated");
    let after = login(&emulator, &authn).await;
    let calls = emulator.calls("client_jwks");
    verifier
        .verify(active(&after))
        .await
        .expect("the new key is fetched");
    assert_eq!(emulator.calls("client_jwks"), calls + 1);
    verifier
        .verify(active(&before))
        .await
        .expect("the old key is still published");
    let keys = authn.client().jwks().send().await.expect("keys");
    assert!(
        keys.keys
            .iter()
            .any(|k| k.get("kid").and_then(|v| v.as_str()) == Some(new_kid.as_str()))
    );
    assert_eq!(keys.keys.len(), 2);
}

#[tokio::test]
async fn invitations_are_sent_listed_and_withdrawn() {
    let (_emulator, authn) = setup().await;
    let callback = "https://www.myserver.com/callback";
    let invite = authn
        .user()
        .invite(
            EMAIL,
            "bob.user@email.com",
            callback,
            "pcb_zurr3lkcwdp5keq73htsfpcii5k4zgm7",
        )
        .send()
        .await
        .expect("invited");
    let id = invite.id.clone().expect("an id");
    assert!(id.starts_with("pmi_"), "{id}");
    assert_eq!(invite.email.as_deref(), Some("bob.user@email.com"));
    assert!(invite.expire > invite.created_at);
    authn
        .user()
        .invite(
            EMAIL,
            "carol.user@email.com",
            callback,
            "pcb_zurr3lkcwdp5keq73htsfpcii5k4zgm8",
        )
        .send()
        .await
        .expect("invited");

    let page = authn
        .user()
        .invites()
        .list()
        .filter(InviteFilter::new().email("bob.user@email.com"))
        .send()
        .await
        .expect("listed");
    assert_eq!(page.count, 1);
    assert_eq!(page.invites[0].id.as_deref(), Some(id.as_str()));
    let all = authn
        .user()
        .invites()
        .list()
        .size(1)
        .items()
        .try_collect()
        .await
        .expect("paged");
    assert_eq!(all.len(), 2);

    authn
        .user()
        .invites()
        .delete(&id)
        .send()
        .await
        .expect("withdrawn");
    assert_eq!(
        status(authn.user().invites().delete(&id).send().await),
        PangeaStatus::InviteNotFound
    );
    let left = authn.user().invites().list().send().await.expect("listed");
    assert_eq!(left.count, 1);
}

#[tokio::test]
async fn an_expired_password_blocks_the_next_login_until_it_is_changed() {
    let (emulator, authn) = setup().await;
    emulator.set_password(EMAIL, "hunter2").expect("a password");
    let before = login(&emulator, &authn).await;
    let user = authn
        .user()
        .profile()
        .get(UserRef::email(EMAIL))
        .send()
        .await
        .expect("user");
    authn
        .client()
        .password()
        .expire(&user.id)
        .send()
        .await
        .expect("expired");
    let code = emulator.login_code(EMAIL).expect("a code");
    assert_eq!(
        status(authn.client().userinfo(&code).send().await),
        PangeaStatus::PasswordExpired
    );
    // The session from before still works, and changes the password.
    authn
        .client()
        .password()
        .change(active(&before), "hunter2", "My2n+Password")
        .send()
        .await
        .expect("changed");
    login(&emulator, &authn).await;
    assert_eq!(
        status(
            authn
                .client()
                .password()
                .expire("pui_nobodynobodynobodynobodynobody")
                .send()
                .await
        ),
        PangeaStatus::UserNotFound
    );
}

#[tokio::test]
async fn refresh_tokens_and_active_tokens_are_not_interchangeable_on_the_wire_either() {
    let (emulator, authn) = setup().await;
    let session = login(&emulator, &authn).await;
    // A refresh token where a user token is expected is refused by the SDK's check of the
    // description's pattern, before anything is sent (the types already prevent it in Rust).
    let as_active = ActiveToken::new(session.refresh_token.token.expose_secret());
    let err = authn
        .client()
        .session()
        .logout(&as_active)
        .send()
        .await
        .expect_err("refused");
    assert!(
        matches!(err, Error::InvalidInput { field: "token", .. }),
        "{err:?}"
    );
    let as_refresh = RefreshToken::new(active(&session).expose_secret());
    let err = refresh(&authn, &as_refresh).await.expect_err("refused");
    assert!(
        matches!(
            err,
            Error::InvalidInput {
                field: "refresh_token",
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(emulator.calls("client_session_logout"), 0, "nothing sent");
    assert_eq!(emulator.calls("client_session_refresh"), 0, "nothing sent");
}

fn b64(text: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
}
