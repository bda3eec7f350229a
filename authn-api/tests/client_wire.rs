//! The generated client against httpmock: the exact request it sends, and what it decodes from
//! realistic recorded responses (built from the field tables of the reference).

use authn_api::hooks::Hooks;
use authn_api::types::{
    self, AuthenticatorType, KnownAuthenticatorType, KnownTokenType, KnownUserOrderBy,
    KnownVerdict, TokenType, UserOrderBy, Verdict,
};
use authn_api::{Client, Error};
use httpmock::Method::{GET, POST};
use httpmock::MockServer;
use serde_json::json;

const TOKEN: &str = "pts_testtokentesttokentesttokentest";

fn recorded(name: &str) -> String {
    let path = format!("{}/tests/recorded/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A client like the SDK builds: bearer token as a default header.
fn client(server: &MockServer) -> Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {TOKEN}").parse().expect("valid header"),
    );
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("client builds");
    Client::new_with_client(&server.base_url(), http, Hooks::default())
}

/// The expected instant, parsed by chrono (the answers are decoded by `Timestamp`'s own parser).
fn ts(s: &str) -> authn_api::Timestamp {
    let at: chrono::DateTime<chrono::Utc> = s.parse().expect("valid timestamp");
    authn_api::Timestamp::from_unix(at.timestamp(), at.timestamp_subsec_nanos()).expect("in range")
}

#[tokio::test]
async fn user_create_sends_exact_body_and_decodes_every_field() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/user/create")
                .header("authorization", format!("Bearer {TOKEN}"))
                .header("content-type", "application/json")
                .header("accept", "application/json")
                .json_body(json!({
                    "email": "joe.user@email.com",
                    "profile": {"first_name": "Joe", "last_name": "User"},
                    "username": "joeuser"
                }));
            then.status(200)
                .header("content-type", "application/json")
                .body(recorded("user_create"));
        })
        .await;

    let body = types::UserCreateRequest {
        email: "joe.user@email.com".parse().expect("valid email"),
        profile: types::Profile(
            [("first_name", "Joe"), ("last_name", "User")]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        ),
        username: Some("joeuser".parse().expect("valid username")),
    };
    let response = client(&server).user_create().body(body).send().await;
    mock.assert_async().await;
    let response = response.expect("call succeeds");
    assert_eq!(response.status(), 200);
    let authn_api::UserResponse::UserSuccess(ok) = response.into_inner() else {
        panic!("expected the typed success envelope");
    };
    assert_eq!(ok.request_id, "prq_x6fdiizbon6j3bsdvnpmwxsz2aan7fqd");
    assert_eq!(ok.request_time, "2022-09-21T17:24:33.105Z");
    assert_eq!(ok.response_time, "2022-09-21T17:24:34.007Z");
    assert_eq!(ok.status, types::SuccessStatus::Success);
    assert_eq!(ok.summary.as_deref(), Some("User created"));
    let user = ok.result;
    assert_eq!(user.id, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(user.email, "joe.user@email.com");
    assert_eq!(user.username.as_deref(), Some("joeuser"));
    assert_eq!(user.phone.as_deref(), Some("+18085550173"));
    assert_eq!(
        user.profile.0.get("first_name").map(String::as_str),
        Some("Joe")
    );
    assert_eq!(
        user.profile.0.get("last_name").map(String::as_str),
        Some("User")
    );
    assert!(!user.verified);
    assert_eq!(user.disabled, Some(false));
    assert_eq!(user.locked_out, Some(false));
    assert_eq!(
        user.accepted_eula_id.as_deref(),
        Some("peu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a")
    );
    assert_eq!(
        user.accepted_privacy_policy_id.as_deref(),
        Some("peu_9ecwtvtpswyjtlsx52b7yyi2l7zot9ec")
    );
    assert_eq!(user.last_login_at, Some(ts("2022-11-21T21:21:40.256969Z")));
    assert_eq!(user.created_at, Some(ts("2022-11-20T10:00:00.000001Z")));
    assert_eq!(user.login_count, Some(3));
    assert_eq!(user.last_login_ip.as_deref(), Some("192.0.2.10"));
    assert_eq!(user.last_login_city.as_deref(), Some("Honolulu"));
    assert_eq!(user.last_login_country.as_deref(), Some("United States"));
    assert_eq!(user.groups, vec!["pgr_admins".to_string()]);
    let [auth] = user.authenticators.as_slice() else {
        panic!("one authenticator expected");
    };
    assert_eq!(auth.id, "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a");
    assert_eq!(
        auth.type_,
        AuthenticatorType::KnownAuthenticatorType(KnownAuthenticatorType::Password)
    );
    assert!(auth.enabled);
    assert_eq!(auth.provider.as_deref(), Some("password"));
    assert_eq!(auth.provider_name.as_deref(), Some("Password"));
    assert_eq!(auth.rpid.as_deref(), Some("example.com"));
    assert_eq!(auth.state.as_deref(), Some("active"));
    assert_eq!(auth.phase.as_deref(), Some("primary"));
    assert!(
        auth.enrolling_browser
            .as_deref()
            .is_some_and(|b| b.starts_with("Mozilla/5.0"))
    );
    assert_eq!(auth.enrolling_ip.as_deref(), Some("192.168.1.1"));
    assert_eq!(auth.created_at, ts("2022-11-21T21:21:40.258033Z"));
    assert_eq!(auth.updated_at, ts("2022-11-21T21:21:40.258033Z"));
}

#[tokio::test]
async fn user_list_sends_filter_order_and_size_and_decodes_the_page() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/user/list")
                .header("authorization", format!("Bearer {TOKEN}"))
                .header("content-type", "application/json")
                .json_body(json!({
                    "filter": {
                        "email__contains": ["@email.com"],
                        "created_at__gte": "2022-01-01T00:00:00Z",
                        "login_count__lt": 10,
                        "disabled": false,
                        "profile_first_name": "Joe",
                        "profile_nickname__exists": true
                    },
                    "last": "cursor-1",
                    "order": "desc",
                    "order_by": "last_login_at",
                    "size": 2
                }));
            then.status(200)
                .header("content-type", "application/json")
                .body(recorded("user_list"));
        })
        .await;

    let filter: types::UserFilter = types::UserFilter::builder()
        .email_contains(vec!["@email.com".to_string()])
        .created_at_gte(Some(ts("2022-01-01T00:00:00Z")))
        .login_count_lt(Some(10))
        .disabled(Some(false))
        .extra(
            [
                ("profile_first_name".to_string(), json!("Joe")),
                ("profile_nickname__exists".to_string(), json!(true)),
            ]
            .into_iter()
            .collect::<serde_json::Map<_, _>>(),
        )
        .try_into()
        .expect("a complete filter");
    let body = types::UserListRequest {
        filter: Some(filter),
        last: Some("cursor-1".into()),
        order: Some(types::ItemOrder::Desc),
        order_by: Some(UserOrderBy::KnownUserOrderBy(KnownUserOrderBy::LastLoginAt)),
        size: std::num::NonZeroU64::new(2),
    };
    let response = client(&server).user_list().body(body).send().await;
    mock.assert_async().await;
    let authn_api::UserListResponse::UserListSuccess(ok) = response.expect("ok").into_inner()
    else {
        panic!("expected the typed success envelope");
    };
    assert_eq!(ok.request_id, "prq_aaaaiizbon6j3bsdvnpmwxsz2aan7fqd");
    assert_eq!(ok.summary.as_deref(), Some("Listed 2 users"));
    let page = ok.result;
    assert_eq!(page.count, 2);
    assert_eq!(
        page.last.as_deref(),
        Some("WyIyMDIyLTExLTIxIiwicHVpX3p6Il0=")
    );
    let [first, second] = page.users.as_slice() else {
        panic!("two users expected");
    };
    assert_eq!(first.id, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(first.username.as_deref(), Some("someuser1234"));
    assert_eq!(first.email, "joe.user@email.com");
    assert_eq!(first.profile.0.len(), 3);
    assert_eq!(
        first.profile.0.get("image_url").map(String::as_str),
        Some("https://avatars.githubusercontent.com/u/19916453?v=4")
    );
    assert_eq!(first.last_login_at, Some(ts("2022-11-21T21:21:40.256969Z")));
    assert_eq!(second.id, "pui_zzkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert!(second.verified);
    assert_eq!(second.disabled, None);
    assert!(second.profile.0.is_empty());
}

#[tokio::test]
async fn user_list_with_an_empty_body_sends_an_empty_object() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/user/list").json_body(json!({}));
            then.status(200).body(recorded("user_list"));
        })
        .await;
    let response = client(&server)
        .user_list()
        .body(types::UserListRequest::default())
        .send()
        .await;
    mock.assert_async().await;
    assert!(response.is_ok());
}

#[tokio::test]
async fn user_profile_update_sends_null_to_delete_a_key() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/user/profile/update")
                .header("authorization", format!("Bearer {TOKEN}"))
                .header("content-type", "application/json")
                .json_body(json!({
                    "id": "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9",
                    "profile": {"phone": "18085550173", "nickname": null}
                }));
            then.status(200)
                .header("content-type", "application/json")
                .body(recorded("user_profile_update"));
        })
        .await;
    let body = types::ProfileUpdateRequest::Id {
        id: "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9"
            .parse()
            .expect("valid id"),
        profile: types::ProfileEdits(
            [
                ("phone".to_string(), Some("18085550173".to_string())),
                ("nickname".to_string(), None),
            ]
            .into_iter()
            .collect(),
        ),
    };
    let response = client(&server)
        .user_profile_update()
        .body(body)
        .send()
        .await;
    mock.assert_async().await;
    let authn_api::UserResponse::UserSuccess(ok) = response.expect("ok").into_inner() else {
        panic!("expected the typed success envelope");
    };
    assert_eq!(ok.request_id, "prq_bbbbiizbon6j3bsdvnpmwxsz2aan7fqd");
    assert_eq!(
        ok.result.profile.0.get("phone").map(String::as_str),
        Some("18085550173")
    );
    assert!(!ok.result.profile.0.contains_key("nickname"));
    assert_eq!(ok.result.login_count, Some(0));
    assert_eq!(ok.result.created_at, Some(ts("2022-11-20T10:00:00Z")));
}

#[tokio::test]
async fn client_userinfo_decodes_both_tokens_and_open_enums() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/client/userinfo")
                .json_body(json!({"code": "pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw"}));
            then.status(200).body(recorded("client_userinfo"));
        })
        .await;
    let body = types::UserinfoRequest {
        code: "pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw"
            .parse()
            .expect("valid code"),
        flow_id: None,
    };
    let response = client(&server).client_userinfo().body(body).send().await;
    mock.assert_async().await;
    let authn_api::UserinfoResponse::UserinfoSuccess(ok) = response.expect("ok").into_inner()
    else {
        panic!("expected the typed success envelope");
    };
    let refresh = &ok.result.refresh_token;
    assert_eq!(
        refresh.token.expose_secret(),
        "ptr_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"
    );
    assert_eq!(refresh.id, "pmt_rqo2uwlhgxy5gqpfgxjomccovphnfjo6");
    assert_eq!(
        refresh.type_,
        TokenType::KnownTokenType(KnownTokenType::Session)
    );
    assert_eq!(refresh.life, 172_800);
    assert_eq!(refresh.expire, ts("2022-11-23T21:21:40.256969Z"));
    assert_eq!(refresh.enabled, Some(true));
    assert_eq!(refresh.identity, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(refresh.email, "joe.user@email.com");
    assert_eq!(refresh.scopes, vec!["scope1".to_string()]);
    assert_eq!(refresh.audience, None);
    assert_eq!(
        refresh.client_id.as_deref(),
        Some("psa_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a")
    );
    assert_eq!(refresh.claims.get("role"), Some(&json!("admin")));
    let intel = refresh.intelligence.as_ref().expect("intelligence");
    assert_eq!(intel.embargo, Some(false));
    assert_eq!(intel.user_intel, Some(false));
    let ip = intel.ip_intel.as_ref().expect("ip intel");
    assert_eq!(ip.is_vpn, Some(true));
    let geo = ip.geolocation.as_ref().expect("geolocation");
    assert_eq!(geo.country_code.as_deref(), Some("US"));
    assert_eq!(geo.latitude, Some(21.3));
    assert_eq!(
        ip.reputation.as_ref().and_then(|r| r.verdict.clone()),
        Some(Verdict::KnownVerdict(KnownVerdict::Benign))
    );
    let domain = intel.domain_intel.as_ref().expect("domain intel");
    assert_eq!(
        domain.reputation.as_ref().and_then(|r| r.verdict.clone()),
        Some(Verdict::Other("a-verdict-added-later".into()))
    );
    let active = ok.result.active_token.as_ref().expect("active token");
    assert_eq!(
        active.token.expose_secret(),
        "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
    );
    assert_eq!(
        active.type_,
        TokenType::KnownTokenType(KnownTokenType::User)
    );
    // Secrets never print.
    let debug = format!("{ok:?}");
    assert!(!debug.contains("ptu_wuk7"), "{debug}");
    assert!(!debug.contains("ptr_xpkh"), "{debug}");
}

#[tokio::test]
async fn password_change_sends_the_three_secrets_and_accepts_empty_or_null_results() {
    for result in [json!({}), json!(null)] {
        let server = MockServer::start_async().await;
        let mock = server
            .mock_async(|when, then| {
                when.method(POST)
                    .path("/v2/client/password/change")
                    .json_body(json!({
                        "token": "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a",
                        "old_password": "hunter2",
                        "new_password": "My2n+Password"
                    }));
                then.status(200).json_body(json!({
                    "request_id": "prq_1", "request_time": "t0", "response_time": "t1",
                    "status": "Success", "summary": "Password changed", "result": result
                }));
            })
            .await;
        let body = types::PasswordChangeRequest {
            token: "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
                .parse()
                .expect("valid token"),
            old_password: "hunter2".parse().expect("any password"),
            new_password: "My2n+Password".parse().expect("any password"),
        };
        let debug = format!("{body:?}");
        assert!(
            !debug.contains("hunter2") && !debug.contains("ptu_"),
            "{debug}"
        );
        let response = client(&server)
            .client_password_change()
            .body(body)
            .send()
            .await;
        mock.assert_async().await;
        let authn_api::EmptyResponse::EmptySuccess(ok) = response.expect("ok").into_inner() else {
            panic!("expected the typed success envelope for result {result}");
        };
        assert!(ok.result.is_none_or(|m| m.is_empty()));
    }
}

#[tokio::test]
async fn selector_operations_send_exactly_one_key() {
    let server = MockServer::start_async().await;
    let empty = json!({"request_id": "prq_1", "request_time": "t0", "response_time": "t1", "status": "Success", "result": {}});
    let delete = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/user/delete")
                .json_body(json!({"username": "joeuser"}));
            then.status(200).json_body(empty.clone());
        })
        .await;
    let auth_delete = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/user/authenticators/delete")
                .json_body(json!({
                    "email": "joe.user@email.com",
                    "authenticator_id": "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
                }));
            then.status(200).json_body(empty.clone());
        })
        .await;
    let update = server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/user/update").json_body(json!({
                "id": "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9", "disabled": true
            }));
            then.status(200).body(recorded("user_profile_update"));
        })
        .await;
    let c = client(&server);
    c.user_delete()
        .body(types::UserSelector::Username(
            "joeuser".parse().expect("valid"),
        ))
        .send()
        .await
        .expect("delete ok");
    c.user_authenticators_delete()
        .body(types::AuthenticatorDeleteRequest::Email {
            email: "joe.user@email.com".parse().expect("valid"),
            authenticator_id: "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
                .parse()
                .expect("valid"),
        })
        .send()
        .await
        .expect("authenticator delete ok");
    c.user_update()
        .body(types::UserUpdateRequest::Id {
            id: "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9"
                .parse()
                .expect("valid"),
            disabled: Some(true),
            unlock: None,
            phone: None,
        })
        .send()
        .await
        .expect("update ok");
    delete.assert_async().await;
    auth_delete.assert_async().await;
    update.assert_async().await;
}

#[tokio::test]
async fn http_200_with_a_business_failure_decodes_as_the_untyped_envelope() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/client/password/change");
            then.status(200).json_body(json!({
                "request_id": "prq_2", "request_time": "t0", "response_time": "t1",
                "status": "AuthenticationFailure", "summary": "Wrong password", "result": {}
            }));
        })
        .await;
    let body = types::PasswordChangeRequest {
        token: "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
            .parse()
            .expect("valid"),
        old_password: "wrong".parse().expect("valid"),
        new_password: "new".parse().expect("valid"),
    };
    let response = client(&server)
        .client_password_change()
        .body(body)
        .send()
        .await;
    let authn_api::EmptyResponse::Envelope(envelope) = response.expect("decodes").into_inner()
    else {
        panic!("a non-Success status must not decode as success");
    };
    assert_eq!(envelope.status, "AuthenticationFailure");
    assert_eq!(envelope.summary.as_deref(), Some("Wrong password"));
}

#[tokio::test]
async fn validation_error_decodes_field_errors() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method(POST).path("/v2/user/profile/get");
            then.status(400).json_body(json!({
                "request_id": "prq_3", "request_time": "t0", "response_time": "t1",
                "status": "ValidationError", "summary": "There was 1 error(s) in the given payload",
                "result": {"errors": [
                    {"code": "BadFormatEmail", "detail": "bad email", "source": "/email", "path": "/properties/email"},
                    {"code": "SomethingNew", "detail": "new", "source": "/x"}
                ]}
            }));
        })
        .await;
    let err = client(&server)
        .user_profile_get()
        .body(types::UserSelector::Email("a@b.c".parse().expect("valid")))
        .send()
        .await
        .expect_err("400 is an error");
    let Error::ErrorResponse(value) = err else {
        panic!("expected a typed error response, got {err:?}");
    };
    assert_eq!(value.status(), 400);
    assert_eq!(value.status, "ValidationError");
    let errors = &value.result.as_ref().expect("result").errors;
    assert_eq!(errors.len(), 2);
    assert_eq!(
        errors[0].code,
        types::ErrorCode::KnownErrorCode(types::KnownErrorCode::BadFormatEmail)
    );
    assert_eq!(errors[0].source, "/email");
    assert_eq!(errors[0].path.as_deref(), Some("/properties/email"));
    assert_eq!(
        errors[1].code,
        types::ErrorCode::Other("SomethingNew".into())
    );
    assert_eq!(errors[1].path, None);
}

#[tokio::test]
async fn poll_is_a_get_with_the_request_id_in_the_path() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/request/prq_x6fdiizbon6j3bsdvnpmwxsz2aan7fqd");
            then.status(202).json_body(json!({
                "request_id": "prq_x6fdiizbon6j3bsdvnpmwxsz2aan7fqd", "request_time": "t0",
                "response_time": "t1", "status": "Accepted",
                "result": {"ttl_mins": 5, "retry_counter": 1, "location": "/request/prq_x6f"}
            }));
        })
        .await;
    let response = client(&server)
        .request_poll()
        .request_id("prq_x6fdiizbon6j3bsdvnpmwxsz2aan7fqd")
        .send()
        .await
        .expect("202 is a declared answer");
    mock.assert_async().await;
    assert_eq!(response.status(), 202);
    let accepted: types::AcceptedResult =
        serde_json::from_value(response.into_inner().result.expect("result")).expect("decodes");
    assert_eq!(accepted.ttl_mins, Some(5));
    assert_eq!(accepted.retry_counter, Some(1));
    assert_eq!(accepted.location.as_deref(), Some("/request/prq_x6f"));
}

#[test]
fn request_types_reject_invalid_values_before_sending() {
    assert!("not-an-email".parse::<authn_api::strings::Email>().is_err());
    assert!(
        "pau_short"
            .parse::<authn_api::strings::AuthenticatorId>()
            .is_err()
    );
    assert!(
        "x".parse::<authn_api::strings::Username>().is_err(),
        "usernames have 2 to 320 characters"
    );
    let err = "pmc_short"
        .parse::<authn_api::strings::LoginCode>()
        .expect_err("bad code");
    assert!(
        !err.to_string().contains("pmc_short"),
        "errors never echo a secret"
    );
    // Exactly one selector key: none or two keys do not decode.
    assert!(serde_json::from_value::<types::UserSelector>(json!({})).is_err());
    assert!(
        serde_json::from_value::<types::UserSelector>(json!({"id": "pui_1", "email": "a@b.c"}))
            .is_err()
    );
    assert!(
        serde_json::from_value::<types::UserUpdateRequest>(
            json!({"id": "pui_1", "email": "a@b.c", "disabled": true})
        )
        .is_err()
    );
    assert!(serde_json::from_value::<types::UserListRequest>(json!({"size": 0})).is_err());
}
