//! Sessions and tokens over HTTP: a login opens a session; refresh rotates; logout and
//! invalidation end sessions; tokens expire on the emulator's clock; JWT active tokens are
//! signed ES256 by keys the emulator publishes and rotates. Each operation and each documented
//! failure with its exact status, HTTP status and fields.

use std::collections::BTreeSet;
use std::time::Duration;

mod common;

use authn_emulator::{Emulator, EmulatorConfig};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use common::{expect, ok, post};
use serde_json::{Value, json};

const TOKEN: &str = "pts_sessions";

async fn start_with(config: EmulatorConfig) -> Emulator {
    Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts")
}

async fn start() -> Emulator {
    start_with(EmulatorConfig::new(TOKEN)).await
}

/// A logged-in user's tokens.
#[derive(Debug, Clone)]
struct Login {
    active: String,
    refresh: String,
    /// The session id: the refresh token's id.
    session: String,
    /// The active token's id.
    active_id: String,
    user_id: String,
}

fn login_of(result: &Value) -> Login {
    let text = |v: &Value| v.as_str().expect("a string").to_string();
    Login {
        active: text(&result["active_token"]["token"]),
        refresh: text(&result["refresh_token"]["token"]),
        session: text(&result["refresh_token"]["id"]),
        active_id: text(&result["active_token"]["id"]),
        user_id: text(&result["active_token"]["identity"]),
    }
}

async fn log_in(emulator: &Emulator, email: &str) -> Login {
    let code = emulator.login_code(email).expect("a code");
    login_of(&ok(emulator, "/v2/client/userinfo", json!({ "code": code })).await)
}

async fn user(emulator: &Emulator, email: &str) -> String {
    ok(
        emulator,
        "/v2/user/create",
        json!({"email": email, "profile": {"first_name": "Joe", "city": "Oslo"}}),
    )
    .await["id"]
        .as_str()
        .expect("id")
        .to_string()
}

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

/// The fields of `authn-token-info-nocreds` the emulator fills in.
const TOKEN_INFO: [&str; 10] = [
    "created_at",
    "email",
    "enabled",
    "expire",
    "id",
    "identity",
    "life",
    "profile",
    "scopes",
    "type",
];

/// `client/session/refresh` with a refresh token alone, refused with `status`.
async fn refresh_refused(emulator: &Emulator, refresh: &str, status: &str) -> Value {
    expect(
        emulator,
        "/v2/client/session/refresh",
        json!({ "refresh_token": refresh }),
        status,
    )
    .await
}

async fn check(emulator: &Emulator, token: &str) -> (String, Value) {
    let (http, answer) = post(
        emulator,
        "/v2/client/token/check",
        json!({ "token": token }),
    )
    .await;
    assert_eq!(http, 200, "{answer}");
    (
        answer["status"].as_str().expect("status").to_string(),
        answer["result"].clone(),
    )
}

#[tokio::test]
async fn a_login_opens_a_session_that_token_check_and_both_lists_show() {
    let emulator = start().await;
    let id = user(&emulator, "joe@example.com").await;
    let login = log_in(&emulator, "joe@example.com").await;
    assert!(login.active.starts_with("ptu_") && login.refresh.starts_with("ptr_"));
    assert!(login.session.starts_with("pmt_") && login.active_id.starts_with("pmt_"));
    assert_ne!(login.session, login.active_id);
    assert_eq!(login.user_id, id);

    let (status, info) = check(&emulator, &login.active).await;
    assert_eq!(status, "Success");
    assert_eq!(keys(&info), TOKEN_INFO.into_iter().collect());
    assert_eq!(info["id"], login.active_id.as_str());
    assert_eq!(info["type"], "user");
    assert_eq!(info["identity"], id.as_str());
    assert_eq!(info["email"], "joe@example.com");
    assert_eq!(
        info["profile"],
        json!({"first_name": "Joe", "city": "Oslo"})
    );
    assert_eq!(info["life"], 900);
    assert_eq!(info["enabled"], true);
    assert_eq!(info["scopes"], json!([]));
    // The refresh token checks too, as the session's token.
    let (status, info) = check(&emulator, &login.refresh).await;
    assert_eq!(
        (status.as_str(), &info["type"]),
        ("Success", &json!("session"))
    );
    assert_eq!(info["id"], login.session.as_str());
    assert_eq!(info["life"], 172_800);

    let listed = ok(&emulator, "/v2/session/list", json!({})).await;
    assert_eq!(keys(&listed), BTreeSet::from(["count", "last", "sessions"]));
    assert_eq!(listed["last"], "", "the last page's `last` is empty");
    assert_eq!(listed["count"], 1);
    let session = &listed["sessions"][0];
    assert_eq!(
        keys(session),
        BTreeSet::from([
            "active_token",
            "created_at",
            "email",
            "expire",
            "id",
            "identity",
            "life",
            "profile",
            "scopes",
            "type"
        ])
    );
    assert_eq!(session["id"], login.session.as_str());
    assert_eq!(session["type"], "session");
    assert_eq!(session["identity"], id.as_str());
    assert_eq!(session["active_token"]["id"], login.active_id.as_str());
    assert_eq!(
        keys(&session["active_token"]),
        TOKEN_INFO.into_iter().collect()
    );
    // No token value in a list.
    assert!(!session.to_string().contains(&login.active));

    let own = ok(
        &emulator,
        "/v2/client/session/list",
        json!({ "token": login.active }),
    )
    .await;
    // The official client result has no `count`.
    assert_eq!(keys(&own), BTreeSet::from(["last", "sessions"]));
    assert_eq!(own["sessions"], listed["sessions"]);
}

#[tokio::test]
async fn refresh_rotates_both_tokens_and_spends_the_old_refresh_token() {
    let emulator = start().await;
    user(&emulator, "joe@example.com").await;
    let first = log_in(&emulator, "joe@example.com").await;
    let second = login_of(
        &ok(
            &emulator,
            "/v2/client/session/refresh",
            json!({"refresh_token": first.refresh, "user_token": first.active}),
        )
        .await,
    );
    assert_eq!(second.session, first.session, "the session keeps its id");
    assert_ne!(second.refresh, first.refresh);
    assert_ne!(second.active, first.active);
    assert_ne!(second.active_id, first.active_id);
    assert_eq!(check(&emulator, &second.active).await.0, "Success");
    assert_eq!(check(&emulator, &first.active).await.0, "InvalidToken");
    let again = refresh_refused(&emulator, &first.refresh, "CantRefreshToken").await;
    assert_eq!(again, Value::Null);
    // A user token of another session is refused; the refresh token is not spent by it.
    let other = log_in(&emulator, "joe@example.com").await;
    expect(
        &emulator,
        "/v2/client/session/refresh",
        json!({"refresh_token": second.refresh, "user_token": other.active}),
        "InvalidToken",
    )
    .await;
    let third = login_of(
        &ok(
            &emulator,
            "/v2/client/session/refresh",
            json!({"refresh_token": second.refresh}),
        )
        .await,
    );
    assert_eq!(third.session, first.session);
    // Unknown refresh tokens.
    refresh_refused(
        &emulator,
        "ptr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "InvalidToken",
    )
    .await;
    let listed = ok(&emulator, "/v2/session/list", json!({})).await;
    assert_eq!(listed["count"], 2);
}

#[tokio::test]
async fn tokens_expire_on_the_emulators_clock_in_milliseconds() {
    let config = EmulatorConfig {
        // A second of margin around each check, for a loaded machine: the active token is
        // checked well within its second and again after 1.2 s; the refresh token lives 5 s.
        active_token_life: Duration::from_secs(1),
        refresh_token_life: Duration::from_secs(5),
        ..EmulatorConfig::new(TOKEN)
    };
    let emulator = start_with(config).await;
    user(&emulator, "joe@example.com").await;
    emulator
        .set_password("joe@example.com", "pw")
        .expect("password");
    let login = log_in(&emulator, "joe@example.com").await;
    let (status, info) = check(&emulator, &login.active).await;
    assert_eq!((status.as_str(), &info["life"]), ("Success", &json!(1)));
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(check(&emulator, &login.active).await.0, "ExpiredToken");
    expect(
        &emulator,
        "/v2/client/password/change",
        json!({"token": login.active, "old_password": "pw", "new_password": "pw2"}),
        "ExpiredToken",
    )
    .await;
    expect(
        &emulator,
        "/v2/client/session/logout",
        json!({"token": login.active}),
        "ExpiredToken",
    )
    .await;
    // The refresh token still lives: a refresh gives a live active token.
    let renewed = login_of(
        &ok(
            &emulator,
            "/v2/client/session/refresh",
            json!({"refresh_token": login.refresh, "user_token": login.active}),
        )
        .await,
    );
    assert_eq!(check(&emulator, &renewed.active).await.0, "Success");

    // The admin route sets the lives of the tokens issued from then on.
    let settings = ok(
        &emulator,
        "/_emulator/tokens",
        json!({"active_life_ms": 5_000, "refresh_life_ms": 100}),
    )
    .await;
    assert_eq!(
        settings,
        json!({"active_life_ms": 5_000, "refresh_life_ms": 100, "jwt": false})
    );
    let short = log_in(&emulator, "joe@example.com").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(check(&emulator, &short.active).await.0, "Success");
    assert_eq!(check(&emulator, &short.refresh).await.0, "ExpiredToken");
    refresh_refused(&emulator, &short.refresh, "ExpiredToken").await;
    // An expired session is no longer listed.
    let listed = ok(&emulator, "/v2/session/list", json!({})).await;
    assert_eq!(listed["count"], 1);
    assert_eq!(listed["sessions"][0]["id"], login.session.as_str());

    // And the Rust method.
    emulator.set_token_lifetimes(Duration::from_millis(1), Duration::from_secs(60));
    let instant = log_in(&emulator, "joe@example.com").await;
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(check(&emulator, &instant.active).await.0, "ExpiredToken");
}

#[tokio::test]
async fn logout_and_invalidation_end_sessions() {
    let emulator = start().await;
    let joe = user(&emulator, "joe@example.com").await;
    user(&emulator, "ann@example.com").await;
    let a = log_in(&emulator, "joe@example.com").await;
    let b = log_in(&emulator, "joe@example.com").await;
    let c = log_in(&emulator, "joe@example.com").await;
    let ann = log_in(&emulator, "ann@example.com").await;

    // client/session/logout ends the token's own session.
    let result = ok(
        &emulator,
        "/v2/client/session/logout",
        json!({ "token": a.active }),
    )
    .await;
    assert_eq!(result, Value::Null);
    assert_eq!(check(&emulator, &a.active).await.0, "InvalidToken");
    refresh_refused(&emulator, &a.refresh, "InvalidToken").await;
    expect(
        &emulator,
        "/v2/client/session/logout",
        json!({ "token": a.active }),
        "InvalidToken",
    )
    .await;

    // client/session/invalidate ends another session of the same user, not another user's.
    ok(
        &emulator,
        "/v2/client/session/invalidate",
        json!({"token": b.active, "session_id": c.session}),
    )
    .await;
    assert_eq!(check(&emulator, &c.active).await.0, "InvalidToken");
    assert_eq!(check(&emulator, &b.active).await.0, "Success");
    for session in [ann.session.as_str(), "pmt_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"] {
        expect(
            &emulator,
            "/v2/client/session/invalidate",
            json!({"token": b.active, "session_id": session}),
            "SessionNotFound",
        )
        .await;
    }
    assert_eq!(check(&emulator, &ann.active).await.0, "Success");

    // session/invalidate ends any session.
    ok(
        &emulator,
        "/v2/session/invalidate",
        json!({"session_id": ann.session, "user_initiated": true}),
    )
    .await;
    assert_eq!(check(&emulator, &ann.active).await.0, "InvalidToken");
    expect(
        &emulator,
        "/v2/session/invalidate",
        json!({"session_id": ann.session}),
        "SessionNotFound",
    )
    .await;

    // session/logout ends every session of a user.
    let d = log_in(&emulator, "joe@example.com").await;
    let ann2 = log_in(&emulator, "ann@example.com").await;
    ok(&emulator, "/v2/session/logout", json!({ "user_id": joe })).await;
    for token in [&b.active, &d.active, &d.refresh] {
        assert_eq!(check(&emulator, token).await.0, "InvalidToken");
    }
    assert_eq!(check(&emulator, &ann2.active).await.0, "Success");
    // A user without sessions: nothing to end, still a success.
    ok(&emulator, "/v2/session/logout", json!({ "user_id": joe })).await;
    expect(
        &emulator,
        "/v2/session/logout",
        json!({"user_id": "pui_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}),
        "UserNotFound",
    )
    .await;
    let listed = ok(&emulator, "/v2/session/list", json!({})).await;
    assert_eq!(listed["count"], 1);
    assert_eq!(listed["sessions"][0]["id"], ann2.session.as_str());
}

#[tokio::test]
async fn disabled_and_deleted_users_lose_their_tokens() {
    let emulator = start().await;
    user(&emulator, "joe@example.com").await;
    let login = log_in(&emulator, "joe@example.com").await;
    ok(
        &emulator,
        "/v2/user/update",
        json!({"email": "joe@example.com", "disabled": true}),
    )
    .await;
    assert_eq!(check(&emulator, &login.active).await.0, "DisabledUser");
    refresh_refused(&emulator, &login.refresh, "DisabledUser").await;
    expect(
        &emulator,
        "/v2/client/session/list",
        json!({"token": login.active}),
        "DisabledUser",
    )
    .await;
    ok(
        &emulator,
        "/v2/user/update",
        json!({"email": "joe@example.com", "disabled": false}),
    )
    .await;
    assert_eq!(check(&emulator, &login.active).await.0, "Success");
    ok(
        &emulator,
        "/v2/user/delete",
        json!({"email": "joe@example.com"}),
    )
    .await;
    assert_eq!(check(&emulator, &login.active).await.0, "InvalidToken");
    assert_eq!(check(&emulator, &login.refresh).await.0, "InvalidToken");
    assert_eq!(
        ok(&emulator, "/v2/session/list", json!({})).await["count"],
        0
    );
    // Tokens that were never issued.
    for token in [
        "ptu_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "pts_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln",
    ] {
        assert_eq!(check(&emulator, token).await.0, "InvalidToken", "{token}");
    }
}

/// A JWT's header and payload, decoded without checking.
fn parts(jwt: &str) -> (Value, Value) {
    let mut pieces = jwt.split('.');
    let mut decode = || {
        let piece = pieces.next().expect("a part");
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(piece).expect("base64url")).expect("JSON")
    };
    (decode(), decode())
}

/// Verifies a JWT with the key of `jwks` its header names.
fn verify(jwks: &Value, jwt: &str) -> Result<Value, jsonwebtoken::errors::Error> {
    let header = jsonwebtoken::decode_header(jwt)?;
    let key = jwks["keys"]
        .as_array()
        .expect("keys")
        .iter()
        .find(|k| k["kid"].as_str() == header.kid.as_deref())
        .ok_or(jsonwebtoken::errors::ErrorKind::InvalidKeyFormat)?;
    let decoding = jsonwebtoken::DecodingKey::from_ec_components(
        key["x"].as_str().expect("x"),
        key["y"].as_str().expect("y"),
    )?;
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::ES256);
    validation.leeway = 0;
    jsonwebtoken::decode::<Value>(jwt, &decoding, &validation).map(|data| data.claims)
}

#[tokio::test]
async fn jwt_active_tokens_are_es256_signed_by_published_keys_that_rotate() {
    let config = EmulatorConfig {
        jwt_tokens: true,
        ..EmulatorConfig::new(TOKEN)
    };
    let emulator = start_with(config).await;
    let id = user(&emulator, "joe@example.com").await;
    let login = log_in(&emulator, "joe@example.com").await;
    let (header, payload) = parts(&login.active);
    let jwks = ok(&emulator, "/v2/client/jwks", json!({})).await;
    assert_eq!(jwks, emulator.jwks());
    let published = jwks["keys"].as_array().expect("keys");
    assert_eq!(published.len(), 1);
    let key = &published[0];
    assert_eq!(
        keys(key),
        BTreeSet::from(["alg", "crv", "kid", "kty", "use", "x", "y"])
    );
    assert_eq!(
        (&key["kty"], &key["alg"], &key["crv"], &key["use"]),
        (
            &json!("EC"),
            &json!("ES256"),
            &json!("P-256"),
            &json!("sig")
        )
    );
    let kid = key["kid"].as_str().expect("kid").to_string();
    assert!(kid.starts_with("pvi_") && kid.ends_with("|1"), "{kid}");
    assert_eq!(header, json!({"alg": "ES256", "kid": kid, "typ": "JWT"}));
    assert_eq!(
        keys(&payload),
        BTreeSet::from([
            "email",
            "exp",
            "iat",
            "iss",
            "jti",
            "pangea.claims",
            "pangea.profile",
            "sub",
            "username"
        ])
    );
    assert_eq!(payload["iss"], emulator.base_url());
    assert_eq!(payload["sub"], id.as_str());
    assert_eq!(payload["email"], "joe@example.com");
    assert_eq!(payload["username"], "joe@example.com");
    assert_eq!(payload["jti"], login.active_id.as_str());
    assert_eq!(
        payload["pangea.profile"],
        json!({"first_name": "Joe", "city": "Oslo"})
    );
    assert_eq!(payload["pangea.claims"], json!({}));
    let (iat, exp) = (
        payload["iat"].as_i64().expect("iat"),
        payload["exp"].as_i64().expect("exp"),
    );
    assert!((900..=901).contains(&(exp - iat)), "{iat} {exp}");
    assert_eq!(verify(&jwks, &login.active).expect("verifies"), payload);

    // The calls take a JWT as they take a ptu_ token.
    let (status, info) = check(&emulator, &login.active).await;
    assert_eq!(
        (status.as_str(), &info["id"]),
        ("Success", &json!(login.active_id))
    );
    ok(
        &emulator,
        "/v2/client/session/list",
        json!({"token": login.active}),
    )
    .await;

    // Rotation: new tokens get the new kid, the old key stays published.
    let rotated = ok(&emulator, "/_emulator/keys/rotate", json!({})).await;
    let new_kid = rotated["kid"].as_str().expect("kid").to_string();
    assert!(new_kid.ends_with("|2"), "{new_kid}");
    assert_eq!(rotated["jwks"]["keys"].as_array().map(Vec::len), Some(2));
    let renewed = login_of(
        &ok(
            &emulator,
            "/v2/client/session/refresh",
            json!({"refresh_token": login.refresh, "user_token": login.active}),
        )
        .await,
    );
    assert_eq!(parts(&renewed.active).0["kid"], new_kid.as_str());
    let jwks = ok(&emulator, "/v2/client/jwks", json!({})).await;
    assert!(verify(&jwks, &renewed.active).is_ok());
    let other = log_in(&emulator, "joe@example.com").await;
    let old_signed = emulator.sign_jwt(&json!({"sub": id, "exp": exp}));
    let old_expired = emulator.sign_jwt(&json!({"sub": id, "exp": 1}));
    assert_eq!(check(&emulator, &old_expired).await.0, "ExpiredToken");
    // Dropping the old keys: tokens they signed no longer verify anywhere.
    let third = emulator.rotate_signing_key(true).expect("rotated");
    assert!(third.ends_with("|3"), "{third}");
    let jwks = ok(&emulator, "/v2/client/jwks", json!({})).await;
    assert_eq!(jwks["keys"].as_array().map(Vec::len), Some(1));
    assert_eq!(jwks["keys"][0]["kid"], third.as_str());
    assert!(verify(&jwks, &other.active).is_err());
    assert!(verify(&jwks, &old_signed).is_err());
    // The emulator still knows the tokens it issued: they check until they end or expire.
    assert_eq!(check(&emulator, &other.active).await.0, "Success");

    // Tokens a test signs: expired ones are ExpiredToken, others it never issued InvalidToken.
    let now = chrono::Utc::now().timestamp();
    let expired = emulator.sign_jwt(&json!({"sub": id, "iat": now - 120, "exp": now - 60}));
    assert_eq!(parts(&expired).0["kid"], third.as_str());
    assert!(matches!(
        verify(&jwks, &expired).map_err(|e| e.into_kind()),
        Err(jsonwebtoken::errors::ErrorKind::ExpiredSignature)
    ));
    assert_eq!(check(&emulator, &expired).await.0, "ExpiredToken");
    let live = emulator.sign_jwt(&json!({"sub": id, "exp": now + 60}));
    assert_eq!(verify(&jwks, &live).expect("verifies")["sub"], id.as_str());
    assert_eq!(check(&emulator, &live).await.0, "InvalidToken");
    // Expired, but signed by a dropped key: not verifiable, so InvalidToken.
    assert_eq!(check(&emulator, &old_expired).await.0, "InvalidToken");

    // JWT mode off again: ptu_ tokens.
    ok(&emulator, "/_emulator/tokens", json!({"jwt": false})).await;
    assert!(
        log_in(&emulator, "joe@example.com")
            .await
            .active
            .starts_with("ptu_")
    );
    ok(&emulator, "/_emulator/tokens", json!({"jwt": true})).await;
    assert_eq!(
        log_in(&emulator, "joe@example.com")
            .await
            .active
            .split('.')
            .count(),
        3
    );
}

#[tokio::test]
async fn session_lists_page_without_skipping_or_repeating_in_every_order() {
    let emulator = start().await;
    let emails = [
        "b@example.com",
        "d@example.com",
        "a@example.com",
        "c@example.com",
    ];
    let mut ids = Vec::new();
    for email in emails {
        user(&emulator, email).await;
    }
    let mut sessions = Vec::new();
    for round in 0..3 {
        for email in emails {
            if round < 2 || email != "d@example.com" {
                sessions.push(log_in(&emulator, email).await);
            }
        }
    }
    ids.extend(sessions.iter().map(|s| s.session.clone()));
    let all = ok(&emulator, "/v2/session/list", json!({"size": 100})).await;
    assert_eq!(all["count"], 11);
    assert_eq!(all["last"], "");
    let created: Vec<&str> = all["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .map(|s| s["id"].as_str().expect("id"))
        .collect();
    assert_eq!(created, ids, "creation order by default");

    for order_by in [
        None,
        Some("id"),
        Some("created_at"),
        Some("type"),
        Some("identity"),
        Some("email"),
        Some("expire"),
        Some("active_token_id"),
    ] {
        for order in ["asc", "desc"] {
            let mut body = json!({"order": order, "size": 100});
            if let Some(order_by) = order_by {
                body["order_by"] = json!(order_by);
            }
            let whole = ok(&emulator, "/v2/session/list", body.clone()).await["sessions"].clone();
            let whole: Vec<Value> = whole.as_array().expect("sessions").clone();
            // The order asked for, ties in creation order; descending is ascending reversed.
            let key = |s: &Value| match order_by {
                None => String::new(),
                Some("active_token_id") => s["active_token"]["id"].to_string(),
                Some(field @ ("created_at" | "expire")) => {
                    let micros =
                        chrono::DateTime::parse_from_rfc3339(s[field].as_str().expect("time"))
                            .expect("time")
                            .timestamp_micros();
                    format!("{micros:020}")
                }
                Some(field) => s[field].to_string(),
            };
            let mut expected = all["sessions"].as_array().expect("sessions").clone();
            expected.sort_by_key(key);
            if order == "desc" {
                expected.reverse();
            }
            let ids_of = |v: &[Value]| v.iter().map(|s| s["id"].to_string()).collect::<Vec<_>>();
            assert_eq!(ids_of(&whole), ids_of(&expected), "{order_by:?} {order}");
            let mut paged = Vec::new();
            let mut last: Option<String> = None;
            let mut pages = 0;
            loop {
                let mut body = body.clone();
                body["size"] = json!(3);
                if let Some(last) = &last {
                    body["last"] = json!(last);
                }
                let page = ok(&emulator, "/v2/session/list", body).await;
                assert_eq!(page["count"], 11);
                paged.extend(page["sessions"].as_array().expect("sessions").clone());
                pages += 1;
                match page["last"].as_str() {
                    Some("") => break,
                    Some(next) => last = Some(next.to_string()),
                    None => panic!("no `last`: {page}"),
                }
            }
            assert_eq!(pages, 4, "{order_by:?} {order}");
            assert_eq!(
                paged, whole,
                "{order_by:?} {order}: paging is the whole list"
            );
        }
    }

    // A cursor of one ordering is refused by another, and a client list pages the same way.
    let first = ok(
        &emulator,
        "/v2/session/list",
        json!({"size": 2, "order_by": "email"}),
    )
    .await;
    let (http, answer) = post(
        &emulator,
        "/v2/session/list",
        json!({"size": 2, "last": first["last"]}),
    )
    .await;
    assert_eq!((http, &answer["status"]), (400, &json!("ValidationError")));
    assert_eq!(answer["result"]["errors"][0]["source"], "/last");
    let a = &sessions[2];
    let mut mine = Vec::new();
    let mut last = Value::Null;
    loop {
        let mut body = json!({"token": a.active, "size": 1});
        if !last.is_null() {
            body["last"] = last.clone();
        }
        let page = ok(&emulator, "/v2/client/session/list", body).await;
        mine.extend(
            page["sessions"]
                .as_array()
                .expect("sessions")
                .iter()
                .map(|s| s["identity"].as_str().expect("identity").to_string()),
        );
        last = page["last"].clone();
        if last == "" {
            break;
        }
    }
    assert_eq!(mine, vec![a.user_id.clone(); 3]);
    // An empty `last` is no cursor: sent back, it reads as none (the first page), as the
    // description allows it (it sets no minimum length).
    let first = ok(&emulator, "/v2/session/list", json!({ "size": 2 })).await;
    let again = ok(
        &emulator,
        "/v2/session/list",
        json!({ "size": 2, "last": "" }),
    )
    .await;
    assert_eq!(again["sessions"], first["sessions"]);
    assert_eq!(again["count"], first["count"]);
}

#[tokio::test]
async fn session_lists_filter_on_every_key_of_the_description() {
    let emulator = start().await;
    let ann = user(&emulator, "ann@example.com").await;
    user(&emulator, "bob@example.com").await;
    let a1 = log_in(&emulator, "ann@example.com").await;
    tokio::time::sleep(Duration::from_millis(5)).await;
    let middle = chrono::Utc::now().to_rfc3339();
    tokio::time::sleep(Duration::from_millis(5)).await;
    let b1 = log_in(&emulator, "bob@example.com").await;
    ok(
        &emulator,
        "/v2/user/profile/update",
        json!({"email": "bob@example.com", "profile": {"nick": "bobby"}}),
    )
    .await;
    let b2 = log_in(&emulator, "bob@example.com").await;
    let all = [&a1, &b1, &b2];
    let expire_of_b1 = ok(
        &emulator,
        "/v2/session/list",
        json!({"filter": {"id": b1.session}}),
    )
    .await["sessions"][0]["expire"]
        .clone();
    let cases: Vec<(Value, Vec<&Login>)> = vec![
        (json!({"id": a1.session}), vec![&a1]),
        (json!({"id__contains": ["pmt_"]}), all.to_vec()),
        (json!({"id__in": [b1.session, b2.session]}), vec![&b1, &b2]),
        (json!({"active_token_id": b2.active_id}), vec![&b2]),
        (
            json!({"active_token_id__contains": [&a1.active_id[4..12]]}),
            vec![&a1],
        ),
        (
            json!({"active_token_id__in": [a1.active_id, "x"]}),
            vec![&a1],
        ),
        (json!({"email": "bob@example.com"}), vec![&b1, &b2]),
        (json!({"email__contains": ["ann", "@example"]}), vec![&a1]),
        (
            json!({"email__in": ["ann@example.com", "x@y.z"]}),
            vec![&a1],
        ),
        (json!({"username": "ann@example.com"}), vec![&a1]),
        (json!({"username__contains": ["bob"]}), vec![&b1, &b2]),
        (json!({"username__in": ["bob@example.com"]}), vec![&b1, &b2]),
        (json!({"identity": ann}), vec![&a1]),
        (json!({"identity__contains": ["pui_"]}), all.to_vec()),
        (json!({"identity__in": [ann]}), vec![&a1]),
        (json!({"type": "session"}), all.to_vec()),
        (json!({"type__contains": ["ess"]}), all.to_vec()),
        (json!({"type__in": ["user"]}), vec![]),
        (json!({"enabled": true}), all.to_vec()),
        (json!({"enabled": false}), vec![]),
        (json!({"scopes": []}), all.to_vec()),
        (json!({"scopes": ["admin"]}), vec![]),
        (json!({"created_at__gt": middle}), vec![&b1, &b2]),
        (json!({"created_at__gte": middle}), vec![&b1, &b2]),
        (json!({"created_at__lt": middle}), vec![&a1]),
        (json!({"created_at__lte": middle}), vec![&a1]),
        (json!({"created_at": middle}), vec![]),
        (json!({"expire": expire_of_b1}), vec![&b1]),
        (json!({"expire__gt": expire_of_b1}), vec![&b2]),
        (json!({"expire__gte": expire_of_b1}), vec![&b1, &b2]),
        (json!({"expire__lt": expire_of_b1}), vec![&a1]),
        (json!({"expire__lte": expire_of_b1}), vec![&a1, &b1]),
        (json!({"profile_first_name": "Joe"}), all.to_vec()),
        (json!({"profile_nick": "bobby"}), vec![&b2]),
        (json!({"profile_nick__contains": ["ob", "zz"]}), vec![&b2]),
        (json!({"profile_nick__exists": false}), vec![&a1, &b1]),
    ];
    for (filter, want) in cases {
        let listed = ok(&emulator, "/v2/session/list", json!({ "filter": filter })).await;
        let got: Vec<&str> = listed["sessions"]
            .as_array()
            .expect("sessions")
            .iter()
            .map(|s| s["id"].as_str().expect("id"))
            .collect();
        let want: Vec<&str> = want.iter().map(|l| l.session.as_str()).collect();
        assert_eq!(got, want, "{filter}");
        assert_eq!(listed["count"], want.len(), "{filter}");
    }
    // Keys the description does not list are accepted, ignored and named.
    let (http, answer) = post(
        &emulator,
        "/v2/session/list",
        json!({"filter": {"colour": "red"}, "extra": true}),
    )
    .await;
    assert_eq!((http, &answer["result"]["count"]), (200, &json!(3)));
    assert_eq!(
        answer["summary"],
        "Listed sessions; the emulator ignored these filter keys: colour"
    );
    // An order_by it does not know is accepted (our description's order fields are open
    // enums), lists in creation order and is named too.
    let (http, answer) = post(
        &emulator,
        "/v2/session/list",
        json!({"filter": {"colour": "red"}, "order_by": "shoe_size", "order": "desc"}),
    )
    .await;
    let created: Vec<&str> = all.iter().rev().map(|l| l.session.as_str()).collect();
    let got: Vec<&str> = answer["result"]["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .map(|s| s["id"].as_str().expect("id"))
        .collect();
    assert_eq!((http, got), (200, created));
    assert_eq!(
        answer["summary"],
        "Listed sessions; the emulator ignored these filter keys: colour; and order_by \"shoe_size\", listing in creation order"
    );
}

#[tokio::test]
async fn secrets_stay_out_of_debug() {
    let emulator = start().await;
    user(&emulator, "joe@example.com").await;
    emulator
        .set_password("joe@example.com", "hunter2-secret")
        .expect("password");
    let login = log_in(&emulator, "joe@example.com").await;
    let code = emulator.login_code("joe@example.com").expect("code");
    emulator.set_jwt_tokens(true);
    let jwt = log_in(&emulator, "joe@example.com").await;
    let debug = format!("{emulator:?}");
    for secret in [
        "hunter2-secret",
        login.active.as_str(),
        login.refresh.as_str(),
        code.as_str(),
        jwt.active.as_str(),
    ] {
        assert!(!debug.contains(secret), "a secret in {debug}");
    }
}

#[tokio::test]
async fn held_back_answers_and_the_service_token_stay_out_of_debug() {
    let emulator = start().await;
    user(&emulator, "joe@example.com").await;
    emulator
        .accept_next("client_userinfo", 1, 1)
        .expect("scripted");
    let code = emulator.login_code("joe@example.com").expect("code");
    let (http, accepted) = post(&emulator, "/v2/client/userinfo", json!({ "code": code })).await;
    assert_eq!(http, 202, "{accepted}");
    let request_id = accepted["request_id"]
        .as_str()
        .expect("a request id")
        .to_string();
    let debug = format!("{emulator:?}");
    let poll = reqwest::Client::new()
        .get(format!("{}/request/{request_id}", emulator.base_url()))
        .bearer_auth(TOKEN)
        .send()
        .await
        .expect("polled");
    let answer: Value = poll.json().await.expect("JSON");
    let login = login_of(&answer["result"]);
    for secret in [TOKEN, login.active.as_str(), login.refresh.as_str()] {
        assert!(!debug.contains(secret), "a secret in {debug}");
    }
    assert!(debug.contains(&request_id), "{debug}");
}

#[tokio::test]
async fn lifetimes_of_forever_give_tokens_that_do_not_expire_instead_of_a_panic() {
    let emulator = start().await;
    user(&emulator, "joe@example.com").await;
    emulator.set_token_lifetimes(Duration::MAX, Duration::MAX);
    let login = log_in(&emulator, "joe@example.com").await;
    let (status, info) = check(&emulator, &login.active).await;
    assert_eq!(status, "Success", "{info}");
    assert!(
        info["expire"]
            .as_str()
            .is_some_and(|t| t.starts_with("+262142-")),
        "{info}"
    );
    let renewed = ok(
        &emulator,
        "/v2/client/session/refresh",
        json!({ "refresh_token": login.refresh }),
    )
    .await;
    assert_eq!(renewed["active_token"]["expire"], info["expire"]);
}

#[test]
fn the_binarys_flags_set_the_token_lives_and_jwt_mode() {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let binary = common::Binary::start(&[
        "--token",
        TOKEN,
        "--jwt",
        "--active-token-life-ms",
        "200",
        "--refresh-token-life-ms",
        "60000",
    ]);
    let (http, settings) = runtime.block_on(common::post_to(
        &binary.url,
        TOKEN,
        "/_emulator/tokens",
        json!({}),
    ));
    assert_eq!(http, 200);
    assert_eq!(
        settings["result"],
        json!({"active_life_ms": 200, "refresh_life_ms": 60_000, "jwt": true})
    );
    binary.stop();
    for args in [
        &["--active-token-life-ms", "0"][..],
        &["--refresh-token-life-ms", "soon"],
        &["--active-token-life-ms"],
    ] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_authn-emulator"))
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("at least 1"), "{args:?}: {stderr}");
    }
}

/// The number of fraction digits of an RFC 3339 time (0 without a fraction).
fn fraction_digits(time: &Value) -> usize {
    let time = time.as_str().expect("a time");
    let seconds = time.trim_end_matches('Z');
    seconds.split_once('.').map_or(0, |(_, f)| f.len())
}

#[tokio::test]
async fn times_are_written_to_the_microsecond_as_pangea_writes_them() {
    let emulator = start().await;
    let id = user(&emulator, "ann@example.com").await;
    let login = ok(
        &emulator,
        "/v2/client/userinfo",
        json!({ "code": emulator.login_code("ann@example.com").expect("a code") }),
    )
    .await;
    let got = ok(&emulator, "/v2/user/profile/get", json!({ "id": id })).await;
    let times = [
        &got["created_at"],
        &got["last_login_at"],
        &login["active_token"]["expire"],
        &login["active_token"]["created_at"],
        &login["refresh_token"]["expire"],
    ];
    for time in times {
        assert!(fraction_digits(time) <= 6, "{time}");
    }
}
