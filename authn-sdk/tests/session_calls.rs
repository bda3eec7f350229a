//! The calls of sessions, tokens, JWKS, invitations and password expiry against httpmock: the
//! exact JSON each sends, what the caller gets back (decoded field by field from answers shaped
//! like the examples of Pangea's description), and invalid input refused before anything is
//! sent.

use authn_sdk::{
    ActiveToken, Error, InviteFilter, InviteOrderBy, ItemOrder, PangeaStatus, RefreshToken,
    SessionFilter, SessionOrderBy, TokenType,
};
use httpmock::{Mock, MockServer};
use serde_json::{Value, json};

mod common;
use common::*;

const USER_TOKEN: &str = "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a";
const REFRESH: &str = "ptr_xpkhwpnz2cmegsws737xbsqnmnuwtbm5";
const SESSION_ID: &str = "pmt_zppkzrjguxyblaia6itbiesejn7jejnr";
const USER_ID: &str = "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5";
const INVITE_ID: &str = "pmi_vjb237phymwzzlulrtxegapha5lqevxy";

fn success(result: Value) -> String {
    json!({
        "request_id": "prq_sessions",
        "request_time": "2023-02-07T01:37:37.800Z",
        "response_time": "2023-02-07T01:37:37.900Z",
        "status": "Success",
        "summary": "Done",
        "result": result,
    })
    .to_string()
}

/// A mock of `path` that matches only this exact body.
async fn expect<'a>(
    server: &'a MockServer,
    path: &str,
    body: Value,
    answer_body: String,
) -> Mock<'a> {
    server
        .mock_async(|when, then| {
            sdk_request(when, path).json_body(body);
            answer(then, answer_body);
        })
        .await
}

fn token_info() -> Value {
    json!({
        "id": "pmt_xqo2uwlhgxy5gqpfgxjomccovphnfjo6", "type": "user", "life": 172605,
        "expire": "2022-11-23T21:21:40.256969Z", "enabled": true, "identity": USER_ID,
        "email": "joe.user@email.com", "scopes": ["scope1"],
        "profile": {"first_name": "Joe", "last_name": "User"},
        "created_at": "2022-11-21T21:21:40.258033Z"
    })
}

fn session(id: &str) -> Value {
    json!({
        "id": id, "type": "session", "life": 172795, "expire": "2023-02-09T01:37:37.824893Z",
        "identity": USER_ID, "email": "joe.user@email.com",
        "profile": {"first_name": "Joe", "Login-Time": "2023-02-07T01:37:37.818764Z"},
        "created_at": "2023-02-07T01:37:37.824893Z", "scopes": [],
        "active_token": token_info()
    })
}

fn login_token(token: &str, kind: &str) -> Value {
    let mut info = token_info();
    info["token"] = json!(token);
    info["type"] = json!(kind);
    info
}

#[tokio::test]
async fn token_check_sends_the_token_and_decodes_its_information() {
    let server = MockServer::start_async().await;
    let mock = expect(
        &server,
        "/v2/client/token/check",
        json!({"token": USER_TOKEN}),
        success(token_info()),
    )
    .await;
    let info = authn(&server)
        .client()
        .token()
        .check(&ActiveToken::new(USER_TOKEN))
        .send()
        .await
        .expect("checked");
    mock.assert_async().await;
    assert_eq!(info.request_id, "prq_sessions");
    assert_eq!(info.id, "pmt_xqo2uwlhgxy5gqpfgxjomccovphnfjo6");
    assert_eq!(info.kind, TokenType::User);
    assert_eq!(info.life, 172_605);
    assert_eq!(info.identity, USER_ID);
    assert_eq!(info.email, "joe.user@email.com");
    assert_eq!(info.scopes, ["scope1"]);
    assert_eq!(info.profile["last_name"], "User");
    assert_eq!(info.enabled, Some(true));
    assert_eq!(info.expire.to_string(), "2022-11-23T21:21:40.256969Z");

    // Any token type can be checked: a refresh token is sent the same way.
    let mock = expect(
        &server,
        "/v2/client/token/check",
        json!({"token": REFRESH}),
        success(token_info()),
    )
    .await;
    authn(&server)
        .client()
        .token()
        .check(&RefreshToken::new(REFRESH))
        .send()
        .await
        .expect("checked");
    mock.assert_async().await;
}

#[tokio::test]
async fn refresh_sends_both_tokens_and_decodes_the_new_ones() {
    let server = MockServer::start_async().await;
    let answer_body = success(json!({
        "refresh_token": login_token("ptr_newrefreshnewrefreshnewrefresh", "session"),
        "active_token": login_token("ptu_newactivenewactivenewactive22", "user"),
    }));
    let mock = expect(
        &server,
        "/v2/client/session/refresh",
        json!({"refresh_token": REFRESH, "user_token": USER_TOKEN}),
        answer_body.clone(),
    )
    .await;
    let renewed = authn(&server)
        .client()
        .session()
        .refresh(&RefreshToken::new(REFRESH))
        .user_token(&ActiveToken::new(USER_TOKEN))
        .send()
        .await
        .expect("refreshed");
    mock.assert_async().await;
    assert_eq!(
        renewed.refresh_token.token.expose_secret(),
        "ptr_newrefreshnewrefreshnewrefresh"
    );
    assert_eq!(renewed.refresh_token.kind, TokenType::Session);
    let active = renewed.active_token.as_ref().expect("an active token");
    assert_eq!(
        active.token.expose_secret(),
        "ptu_newactivenewactivenewactive22"
    );
    assert!(
        !format!("{renewed:?}").contains("newactive"),
        "tokens never print"
    );

    let mock = expect(
        &server,
        "/v2/client/session/refresh",
        json!({"refresh_token": REFRESH}),
        answer_body,
    )
    .await;
    authn(&server)
        .client()
        .session()
        .refresh(&RefreshToken::new(REFRESH))
        .send()
        .await
        .expect("refreshed");
    mock.assert_async().await;
}

#[tokio::test]
async fn logout_invalidate_and_expire_send_their_fields_and_accept_empty_results() {
    let server = MockServer::start_async().await;
    for (shape, result) in empty_results() {
        let authn = authn(&server);
        let answer_body = empty_answer("prq_empty", result);
        let calls = [
            ("/v2/client/session/logout", json!({"token": USER_TOKEN})),
            (
                "/v2/client/session/invalidate",
                json!({"token": USER_TOKEN, "session_id": SESSION_ID}),
            ),
            (
                "/v2/session/invalidate",
                json!({"session_id": SESSION_ID, "user_initiated": true}),
            ),
            ("/v2/session/logout", json!({"user_id": USER_ID})),
            ("/v2/user/invite/delete", json!({"id": INVITE_ID})),
            ("/v2/user/password/expire", json!({"id": USER_ID})),
        ];
        let mut mocks = Vec::new();
        for (path, body) in calls {
            mocks.push(expect(&server, path, body, answer_body.clone()).await);
        }
        let active = ActiveToken::new(USER_TOKEN);
        let outcomes = [
            authn.client().session().logout(&active).send().await,
            authn
                .client()
                .session()
                .invalidate(&active, SESSION_ID)
                .send()
                .await,
            authn
                .session()
                .invalidate(SESSION_ID)
                .user_initiated(true)
                .send()
                .await,
            authn.session().logout(USER_ID).send().await,
            authn.user().invites().delete(INVITE_ID).send().await,
            authn.client().password().expire(USER_ID).send().await,
        ];
        for (mock, outcome) in mocks.iter().zip(outcomes) {
            mock.assert_async().await;
            let response = outcome.unwrap_or_else(|e| panic!("a {shape} result decodes: {e}"));
            assert_eq!(response.request_id, "prq_empty");
        }
        for mock in mocks {
            mock.delete_async().await;
        }
    }
}

#[tokio::test]
async fn client_session_list_sends_the_token_and_list_fields_and_pages_with_it() {
    let server = MockServer::start_async().await;
    let first = expect(
        &server,
        "/v2/client/session/list",
        json!({
            "token": USER_TOKEN,
            "filter": {"email": "joe.user@email.com", "enabled": true},
            "order": "desc",
            "order_by": "expire",
            "size": 1
        }),
        success(json!({"sessions": [session(SESSION_ID)], "last": "c1"})),
    )
    .await;
    let second = expect(
        &server,
        "/v2/client/session/list",
        json!({
            "token": USER_TOKEN,
            "filter": {"email": "joe.user@email.com", "enabled": true},
            "order": "desc",
            "order_by": "expire",
            "size": 1,
            "last": "c1"
        }),
        success(json!({"sessions": [session("pmt_secondsecondsecondsecondsecond2")]})),
    )
    .await;
    let sessions = authn(&server)
        .client()
        .session()
        .list(&ActiveToken::new(USER_TOKEN))
        .filter(
            SessionFilter::new()
                .email("joe.user@email.com")
                .enabled(true),
        )
        .order(ItemOrder::Desc)
        .order_by(SessionOrderBy::Expire)
        .size(1)
        .items()
        .try_collect()
        .await
        .expect("two pages");
    first.assert_async().await;
    second.assert_async().await;
    assert_eq!(sessions.len(), 2);
    let s = &sessions[0];
    assert_eq!(s.id, SESSION_ID);
    assert_eq!(s.kind, TokenType::Session);
    assert_eq!(s.life, 172_795);
    assert_eq!(s.identity, USER_ID);
    assert_eq!(s.profile["Login-Time"], "2023-02-07T01:37:37.818764Z");
    let active = s.active_token.as_ref().expect("the session's active token");
    assert_eq!(active.id, "pmt_xqo2uwlhgxy5gqpfgxjomccovphnfjo6");
    assert_eq!(sessions[1].id, "pmt_secondsecondsecondsecondsecond2");
}

#[tokio::test]
async fn session_list_sends_an_empty_body_or_its_fields_and_decodes_the_count() {
    let server = MockServer::start_async().await;
    let bare = expect(
        &server,
        "/v2/session/list",
        json!({}),
        success(json!({"sessions": [session(SESSION_ID)], "count": 7, "last": "c9"})),
    )
    .await;
    let page = authn(&server)
        .session()
        .list()
        .send()
        .await
        .expect("a page");
    bare.assert_async().await;
    assert_eq!(page.count, Some(7));
    assert_eq!(page.last.as_deref(), Some("c9"));
    assert_eq!(page.sessions[0].id, SESSION_ID);

    let filtered = expect(
        &server,
        "/v2/session/list",
        json!({"filter": {"type": "session", "identity__in": [USER_ID], "profile_nickname": "jo"}, "order_by": "active_token_id"}),
        success(json!({"sessions": []})),
    )
    .await;
    let page = authn(&server)
        .session()
        .list()
        .filter(
            SessionFilter::new()
                .kind("session")
                .identity_in([USER_ID])
                .profile("nickname", "jo"),
        )
        .order_by(SessionOrderBy::ActiveTokenId)
        .send()
        .await
        .expect("a page");
    filtered.assert_async().await;
    assert!(page.sessions.is_empty());
    assert_eq!(page.count, None);
}

#[tokio::test]
async fn jwks_sends_an_empty_object_and_decodes_the_keys() {
    let server = MockServer::start_async().await;
    let key = json!({"kid": "pvi_r7zwvsjdbn4gzfs4omcymufduaj2g7tk|1", "kty": "EC", "alg": "ES256", "crv": "P-256",
        "x": "STtbGUps_zg68LClcx94RpTB0-vdCkUaCCq_g_GDWvI", "y": "NS9HhE7h4kaqRQVnodA2e4VZoANN-3eotLTXBdYidZ0"});
    let mock = expect(
        &server,
        "/v2/client/jwks",
        json!({}),
        success(json!({"keys": [key.clone()]})),
    )
    .await;
    let jwks = authn(&server).client().jwks().send().await.expect("keys");
    mock.assert_async().await;
    assert_eq!(jwks.keys.len(), 1);
    assert_eq!(Value::Object(jwks.keys[0].clone()), key);
}

#[tokio::test]
async fn invite_sends_every_field_and_decodes_the_invitation() {
    let server = MockServer::start_async().await;
    let invite = json!({"id": INVITE_ID, "inviter": "joe.user@email.com", "invite_org": "",
        "email": "bob.user@email.com", "callback": "https://www.myserver.com/callback",
        "state": "C8VTNjY2icUMeiDHFHUxBwiAstEGqaayU4", "require_mfa": false,
        "created_at": "2022-11-22T22:26:56.860720Z", "expire": "2022-11-24T22:26:56.859258Z"});
    let mock = expect(
        &server,
        "/v2/user/invite",
        json!({"inviter": "joe.user@email.com", "email": "bob.user@email.com",
            "callback": "https://www.myserver.com/callback", "state": "C8VTNjY2icUMeiDHFHUxBwiAstEGqaayU4",
            "client_id": "psa_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"}),
        success(invite),
    )
    .await;
    let sent = authn(&server)
        .user()
        .invite(
            "joe.user@email.com",
            "bob.user@email.com",
            "https://www.myserver.com/callback",
            "C8VTNjY2icUMeiDHFHUxBwiAstEGqaayU4",
        )
        .client_id("psa_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a")
        .send()
        .await
        .expect("invited");
    mock.assert_async().await;
    assert_eq!(sent.id.as_deref(), Some(INVITE_ID));
    assert_eq!(sent.inviter.as_deref(), Some("joe.user@email.com"));
    assert_eq!(sent.invite_org.as_deref(), Some(""));
    assert_eq!(sent.email.as_deref(), Some("bob.user@email.com"));
    assert_eq!(
        sent.callback.as_deref(),
        Some("https://www.myserver.com/callback")
    );
    assert_eq!(
        sent.state.as_deref(),
        Some("C8VTNjY2icUMeiDHFHUxBwiAstEGqaayU4")
    );
    assert_eq!(sent.require_mfa, Some(false));
    assert_eq!(
        sent.created_at.map(|t| t.to_string()).as_deref(),
        Some("2022-11-22T22:26:56.860720Z")
    );
    assert_eq!(
        sent.expire.map(|t| t.to_string()).as_deref(),
        Some("2022-11-24T22:26:56.859258Z")
    );
}

#[tokio::test]
async fn invite_list_sends_its_fields_and_decodes_the_page() {
    let server = MockServer::start_async().await;
    let mock = expect(
        &server,
        "/v2/user/invite/list",
        json!({"filter": {"inviter": "joe.user@email.com", "is_signup": false, "email__in": []},
            "order": "asc", "order_by": "invite_org", "size": 10}),
        success(json!({"invites": [{"id": INVITE_ID, "email": "bob.user@email.com"}], "count": 1})),
    )
    .await;
    let page = authn(&server)
        .user()
        .invites()
        .list()
        .filter(
            InviteFilter::new()
                .inviter("joe.user@email.com")
                .is_signup(false)
                .email_in(Vec::<String>::new()),
        )
        .order(ItemOrder::Asc)
        .order_by(InviteOrderBy::InviteOrg)
        .size(10)
        .send()
        .await
        .expect("a page");
    mock.assert_async().await;
    assert_eq!(page.count, 1);
    assert_eq!(page.invites[0].id.as_deref(), Some(INVITE_ID));
    assert_eq!(page.invites[0].expire, None);
}

#[tokio::test]
async fn invalid_input_names_its_field_and_sends_nothing() {
    let server = MockServer::start_async().await;
    let nothing = catch_all(&server).await;
    let authn = authn(&server);
    let bad_token = ActiveToken::new("ptu_short-and-secret");
    let cases: Vec<(&str, authn_sdk::Result<()>)> = vec![
        (
            "token",
            authn
                .client()
                .token()
                .check(&bad_token)
                .send()
                .await
                .map(drop),
        ),
        (
            "refresh_token",
            authn
                .client()
                .session()
                .refresh(&RefreshToken::new("ptr_bad-and-secret"))
                .send()
                .await
                .map(drop),
        ),
        (
            "user_token",
            authn
                .client()
                .session()
                .refresh(&RefreshToken::new(REFRESH))
                .user_token(&bad_token)
                .send()
                .await
                .map(drop),
        ),
        (
            "token",
            authn
                .client()
                .session()
                .logout(&bad_token)
                .send()
                .await
                .map(drop),
        ),
        (
            "token",
            authn
                .client()
                .session()
                .list(&bad_token)
                .send()
                .await
                .map(drop),
        ),
        (
            "session_id",
            authn
                .client()
                .session()
                .invalidate(&ActiveToken::new(USER_TOKEN), "pmt_x")
                .send()
                .await
                .map(drop),
        ),
        (
            "session_id",
            authn
                .session()
                .invalidate("not-a-session")
                .send()
                .await
                .map(drop),
        ),
        ("user_id", authn.session().logout("").send().await.map(drop)),
        (
            "size",
            authn.session().list().size(0).send().await.map(drop),
        ),
        (
            "filter",
            authn
                .session()
                .list()
                .filter(SessionFilter::new().profile("first_name", "Jo"))
                .send()
                .await
                .map(drop),
        ),
        (
            "inviter",
            authn
                .user()
                .invite(
                    "joe",
                    "bob@example.com",
                    "https://x.example/cb",
                    "statestate",
                )
                .send()
                .await
                .map(drop),
        ),
        (
            "callback",
            authn
                .user()
                .invite(
                    "joe@example.com",
                    "bob@example.com",
                    "ftp://x.example/cb",
                    "statestate",
                )
                .send()
                .await
                .map(drop),
        ),
        (
            "state",
            authn
                .user()
                .invite(
                    "joe@example.com",
                    "bob@example.com",
                    "https://x.example/cb",
                    "short",
                )
                .send()
                .await
                .map(drop),
        ),
        (
            "client_id",
            authn
                .user()
                .invite(
                    "joe@example.com",
                    "bob@example.com",
                    "https://x.example/cb",
                    "statestate",
                )
                .client_id("psa_x")
                .send()
                .await
                .map(drop),
        ),
        (
            "size",
            authn.user().invites().list().size(0).send().await.map(drop),
        ),
        (
            "id",
            authn
                .user()
                .invites()
                .delete("pmi_short")
                .send()
                .await
                .map(drop),
        ),
        (
            "user_id",
            authn.client().password().expire("").send().await.map(drop),
        ),
    ];
    for (want, outcome) in cases {
        let (field, text) = invalid_input(outcome);
        assert_eq!(field, want, "{text}");
        assert!(!text.contains("secret"), "secrets are never quoted: {text}");
    }
    assert_eq!(nothing.calls_async().await, 0, "nothing was sent");
}

#[tokio::test]
async fn business_failures_of_the_new_calls_are_typed() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/client/session/refresh");
            answer(
                then,
                json!({"request_id": "prq_f", "request_time": "t", "response_time": "t",
                "status": "CantRefreshToken", "summary": "already refreshed", "result": null})
                .to_string(),
            );
        })
        .await;
    let err = authn(&server)
        .client()
        .session()
        .refresh(&RefreshToken::new(REFRESH))
        .send()
        .await
        .expect_err("refused");
    assert_eq!(err.pangea_status(), Some(&PangeaStatus::CantRefreshToken));
    assert!(matches!(err, Error::Api(_)));
    assert!(!format!("{err} {err:?}").contains(REFRESH));
}
