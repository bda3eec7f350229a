//! Every SDK call against httpmock: the method, path, headers and exact JSON body it sends, and
//! what the caller gets back, decoded field by field from realistic recorded answers. Also:
//! invalid inputs fail before anything is sent, and the configured headers reach the wire.

use authn_sdk::{
    AuthenticatorType, ItemOrder, PangeaStatus, ProfileEdit, TokenType, UserFilter, UserOrderBy,
    UserRef, Verdict,
};
use httpmock::Method::POST;
use httpmock::MockServer;
use serde_json::{Value, json};

mod common;
use common::*;

// ---------------------------------------------------------------------------------------------
// user().create
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn create_sends_email_profile_and_username_and_decodes_the_user() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/create").json_body(json!({
                "email": "joe.user@email.com",
                "profile": {"first_name": "Joe", "last_name": "User"},
                "username": "joeuser"
            }));
            answer(then, recorded("user_create"));
        })
        .await;

    let response = authn(&server)
        .user()
        .create("joe.user@email.com")
        .profile([("first_name", "Joe")])
        .profile([("last_name", "User")])
        .username("joeuser")
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");

    assert_envelope(
        &response,
        "prq_x6fdiizbon6j3bsdvnpmwxsz2aan7fqd",
        "2022-09-21T17:24:33.105Z",
        "2022-09-21T17:24:34.007Z",
        "User created",
    );
    let user = response.into_result();
    assert_eq!(user.id, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(user.email, "joe.user@email.com");
    assert_eq!(user.username.as_deref(), Some("joeuser"));
    assert_eq!(user.phone.as_deref(), Some("+18085550173"));
    assert_eq!(
        user.profile,
        profile(&[("first_name", "Joe"), ("last_name", "User")])
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
    assert_eq!(
        user.last_login_at,
        Some(at((2022, 11, 21), (21, 21, 40), 256_969))
    );
    assert_eq!(user.created_at, Some(at((2022, 11, 20), (10, 0, 0), 1)));
    assert_eq!(user.login_count, Some(3));
    assert_eq!(user.last_login_ip.as_deref(), Some("192.0.2.10"));
    assert_eq!(user.last_login_city.as_deref(), Some("Honolulu"));
    assert_eq!(user.last_login_country.as_deref(), Some("United States"));
    assert_eq!(user.groups, ["pgr_admins"]);
    let [auth] = user.authenticators.as_slice() else {
        panic!("one authenticator expected, got {:?}", user.authenticators);
    };
    assert_eq!(auth.id, "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a");
    assert_eq!(auth.kind, AuthenticatorType::Password);
    assert!(auth.enabled);
    assert_eq!(auth.provider.as_deref(), Some("password"));
    assert_eq!(auth.provider_name.as_deref(), Some("Password"));
    assert_eq!(auth.rpid.as_deref(), Some("example.com"));
    assert_eq!(auth.state.as_deref(), Some("active"));
    assert_eq!(auth.phase.as_deref(), Some("primary"));
    assert_eq!(
        auth.enrolling_browser.as_deref(),
        Some(
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:123.0) Gecko/20100101 Firefox/123.0"
        )
    );
    assert_eq!(auth.enrolling_ip.as_deref(), Some("192.168.1.1"));
    assert_eq!(auth.created_at, at((2022, 11, 21), (21, 21, 40), 258_033));
    assert_eq!(auth.updated_at, at((2022, 11, 21), (21, 21, 40), 258_033));
}

#[tokio::test]
async fn create_without_username_omits_it_and_sends_an_empty_profile() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/create").json_body(json!({
                "email": "new.user@example.com",
                "profile": {}
            }));
            answer(
                then,
                json!({
                    "request_id": "prq_nnnnniizbon6j3bsdvnpmwxsz2aan7fq",
                    "request_time": "2023-07-07T07:07:07.007Z",
                    "response_time": "2023-07-07T07:07:07.070Z",
                    "status": "Success",
                    "summary": "User created",
                    "result": {
                        "id": "pui_nnnnwpnz2cmegsws737xbsqnmnuwtbm5",
                        "email": "new.user@example.com",
                        "profile": {},
                        "verified": false,
                        "created_at": "2023-07-07T07:07:07.05Z"
                    }
                })
                .to_string(),
            );
        })
        .await;

    let response = authn(&server)
        .user()
        .create("new.user@example.com")
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");

    assert_envelope(
        &response,
        "prq_nnnnniizbon6j3bsdvnpmwxsz2aan7fq",
        "2023-07-07T07:07:07.007Z",
        "2023-07-07T07:07:07.070Z",
        "User created",
    );
    assert_eq!(response.id, "pui_nnnnwpnz2cmegsws737xbsqnmnuwtbm5");
    assert_eq!(response.email, "new.user@example.com");
    assert!(response.profile.is_empty());
    assert!(!response.verified);
    assert_eq!(
        response.created_at,
        Some(at((2023, 7, 7), (7, 7, 7), 50_000))
    );
    // What the service left out stays absent.
    assert_eq!(response.username, None);
    assert_eq!(response.phone, None);
    assert_eq!(response.disabled, None);
    assert_eq!(response.locked_out, None);
    assert_eq!(response.last_login_at, None);
    assert_eq!(response.login_count, None);
    assert!(response.authenticators.is_empty());
    assert!(response.groups.is_empty());
}

// ---------------------------------------------------------------------------------------------
// user().delete
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn delete_sends_the_selector_and_accepts_an_empty_null_or_absent_result() {
    let selectors = [
        (
            UserRef::email("joe.user@email.com"),
            json!({"email": "joe.user@email.com"}),
        ),
        (
            UserRef::id("pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9"),
            json!({"id": "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9"}),
        ),
        (UserRef::username("joeuser"), json!({"username": "joeuser"})),
    ];
    for ((shape, result), (user, body)) in empty_results().into_iter().zip(selectors) {
        let server = MockServer::start_async().await;
        let request_id = format!("prq_delete_{}", shape.len());
        let mock = server
            .mock_async(|when, then| {
                sdk_request(when, "/v2/user/delete").json_body(body);
                answer(then, empty_answer(&request_id, result));
            })
            .await;

        let response = authn(&server).user().delete(user).send().await;
        mock.assert_async().await;
        assert_empty_success(response, shape, &request_id);
    }
}

// ---------------------------------------------------------------------------------------------
// user().update
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn update_sends_disabled_unlock_and_phone_and_decodes_the_user() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/update").json_body(json!({
                "username": "joeuser",
                "disabled": true,
                "unlock": true,
                "phone": "+18085550173"
            }));
            answer(then, recorded("user_update"));
        })
        .await;

    let response = authn(&server)
        .user()
        .update(UserRef::username("joeuser"))
        .disabled(true)
        .unlock(true)
        .phone("+18085550173")
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");

    assert_envelope(
        &response,
        "prq_uuuuuizbon6j3bsdvnpmwxsz2aan7fqd",
        "2023-04-01T12:00:00.001Z",
        "2023-04-01T12:00:00.250Z",
        "User updated",
    );
    let user = response.into_result();
    assert_eq!(user.id, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(user.email, "joe.user@email.com");
    assert_eq!(user.username.as_deref(), Some("joeuser"));
    assert_eq!(user.phone.as_deref(), Some("+18085550173"));
    assert_eq!(
        user.profile,
        profile(&[("first_name", "Joe"), ("last_name", "User")])
    );
    assert!(user.verified);
    assert_eq!(user.disabled, Some(true));
    assert_eq!(user.locked_out, Some(false));
    assert_eq!(
        user.accepted_eula_id.as_deref(),
        Some("peu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a")
    );
    assert_eq!(
        user.accepted_privacy_policy_id.as_deref(),
        Some("peu_9ecwtvtpswyjtlsx52b7yyi2l7zot9ec")
    );
    assert_eq!(
        user.last_login_at,
        Some(at((2023, 3, 31), (23, 59, 59), 999_999))
    );
    assert_eq!(user.created_at, Some(at((2022, 11, 20), (10, 0, 0), 1)));
    assert_eq!(user.login_count, Some(7));
    assert_eq!(user.last_login_ip.as_deref(), Some("192.0.2.10"));
    assert_eq!(user.last_login_city.as_deref(), Some("Honolulu"));
    assert_eq!(user.last_login_country.as_deref(), Some("United States"));
    assert_eq!(user.groups, ["pgr_admins", "pgr_support"]);
    assert!(user.authenticators.is_empty());
}

#[tokio::test]
async fn update_sends_only_the_settings_that_were_set_and_false_when_set_false() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/update").json_body(json!({
                "id": "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9",
                "disabled": false
            }));
            answer(
                then,
                json!({
                    "request_id": "prq_enabledizbon6j3bsdvnpmwxsz2aan7",
                    "request_time": "2023-04-02T12:00:00.001Z",
                    "response_time": "2023-04-02T12:00:00.002Z",
                    "status": "Success",
                    "summary": "User updated",
                    "result": {
                        "id": "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9",
                        "email": "joe.user@email.com",
                        "profile": {"first_name": "Joe"},
                        "verified": true,
                        "disabled": false
                    }
                })
                .to_string(),
            );
        })
        .await;

    let response = authn(&server)
        .user()
        .update(UserRef::id("pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9"))
        .disabled(false)
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");
    assert_envelope(
        &response,
        "prq_enabledizbon6j3bsdvnpmwxsz2aan7",
        "2023-04-02T12:00:00.001Z",
        "2023-04-02T12:00:00.002Z",
        "User updated",
    );
    assert_eq!(response.id, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(response.email, "joe.user@email.com");
    assert_eq!(response.profile, profile(&[("first_name", "Joe")]));
    assert!(response.verified);
    assert_eq!(response.disabled, Some(false));
    assert_eq!(response.locked_out, None);
    assert_eq!(response.phone, None);
}

#[tokio::test]
async fn update_by_email_sends_unlock_false_alone() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/update").json_body(json!({
                "email": "joe.user@email.com",
                "unlock": false
            }));
            answer(then, recorded("user_update"));
        })
        .await;

    let response = authn(&server)
        .user()
        .update(UserRef::email("joe.user@email.com"))
        .unlock(false)
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");
    assert_eq!(response.request_id, "prq_uuuuuizbon6j3bsdvnpmwxsz2aan7fqd");
    assert_eq!(response.status, PangeaStatus::Success);
    assert_eq!(response.email, "joe.user@email.com");
}

// ---------------------------------------------------------------------------------------------
// user().profile().get / update
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn profile_get_by_id_decodes_every_field() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/profile/get")
                .json_body(json!({"id": "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"}));
            answer(then, recorded("user_profile_get"));
        })
        .await;

    let response = authn(&server)
        .user()
        .profile()
        .get(UserRef::id("pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"))
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");

    assert_envelope(
        &response,
        "prq_gggggizbon6j3bsdvnpmwxsz2aan7fqd",
        "2023-03-14T15:09:26.101Z",
        "2023-03-14T15:09:26.214Z",
        "User found",
    );
    let user = response.into_result();
    assert_eq!(user.id, "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5");
    assert_eq!(user.email, "jane.doe@example.com");
    assert_eq!(user.username.as_deref(), Some("janedoe"));
    assert_eq!(user.phone.as_deref(), Some("+442071838750"));
    assert_eq!(
        user.profile,
        profile(&[
            ("first_name", "Jane"),
            ("last_name", "Doe"),
            ("department", "Research")
        ])
    );
    assert!(user.verified);
    assert_eq!(user.disabled, Some(false));
    assert_eq!(user.locked_out, Some(true));
    assert_eq!(
        user.accepted_eula_id.as_deref(),
        Some("peu_aaaawpnz2cmegsws737xbsqnmnuwtbm5")
    );
    assert_eq!(user.accepted_privacy_policy_id, None);
    assert_eq!(
        user.last_login_at,
        Some(at((2023, 3, 13), (8, 30, 0), 500_000))
    );
    assert_eq!(user.created_at, Some(at((2023, 1, 2), (3, 4, 5), 0)));
    assert_eq!(user.login_count, Some(42));
    assert_eq!(user.last_login_ip.as_deref(), Some("198.51.100.7"));
    assert_eq!(user.last_login_city.as_deref(), Some("London"));
    assert_eq!(user.last_login_country.as_deref(), Some("United Kingdom"));
    assert!(user.groups.is_empty());
    let [totp] = user.authenticators.as_slice() else {
        panic!("one authenticator expected, got {:?}", user.authenticators);
    };
    assert_eq!(totp.id, "pau_totptvtpswyjtlsx52b7yyi2l7zotv4a");
    assert_eq!(totp.kind, AuthenticatorType::Totp);
    assert!(!totp.enabled);
    assert_eq!(totp.provider, None);
    assert_eq!(totp.created_at, at((2023, 1, 2), (3, 4, 6), 123));
    assert_eq!(totp.updated_at, at((2023, 2, 3), (4, 5, 6), 789_000));
}

#[tokio::test]
async fn profile_update_by_email_sets_a_key_and_sends_null_to_remove_one() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/profile/update").json_body(json!({
                "email": "joe.user@email.com",
                "profile": {"phone": "18085550173", "nickname": null}
            }));
            answer(then, recorded("user_profile_update"));
        })
        .await;

    let edits = ProfileEdit::new()
        .set("phone", "18085550173")
        .remove("nickname");
    let response = authn(&server)
        .user()
        .profile()
        .update(UserRef::email("joe.user@email.com"), edits)
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");

    assert_envelope(
        &response,
        "prq_bbbbiizbon6j3bsdvnpmwxsz2aan7fqd",
        "2022-09-21T17:24:33.105Z",
        "2022-09-21T17:24:34.007Z",
        "Profile updated",
    );
    let user = response.into_result();
    assert_eq!(user.id, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(user.email, "joe.user@email.com");
    assert_eq!(
        user.profile,
        profile(&[("first_name", "Joe"), ("phone", "18085550173")])
    );
    assert!(!user.profile.contains_key("nickname"));
    assert!(user.verified);
    assert_eq!(user.disabled, Some(false));
    assert_eq!(user.created_at, Some(at((2022, 11, 20), (10, 0, 0), 0)));
    assert_eq!(user.login_count, Some(0));
    assert_eq!(user.username, None);
    assert_eq!(user.last_login_at, None);
}

#[tokio::test]
async fn profile_update_selects_by_id_and_by_username_too() {
    let cases = [
        (
            UserRef::id("pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9"),
            json!({"id": "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9", "profile": {"nickname": null}}),
        ),
        (
            UserRef::username("joeuser"),
            json!({"username": "joeuser", "profile": {"nickname": null}}),
        ),
    ];
    for (user, body) in cases {
        let server = MockServer::start_async().await;
        let mock = server
            .mock_async(|when, then| {
                sdk_request(when, "/v2/user/profile/update").json_body(body);
                answer(then, recorded("user_profile_update"));
            })
            .await;
        let response = authn(&server)
            .user()
            .profile()
            .update(user, ProfileEdit::new().remove("nickname"))
            .send()
            .await;
        mock.assert_async().await;
        let response = response.expect("the call succeeds");
        assert_eq!(response.request_id, "prq_bbbbiizbon6j3bsdvnpmwxsz2aan7fqd");
        assert_eq!(response.id, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    }
}

// ---------------------------------------------------------------------------------------------
// user().list()
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn list_sends_filter_order_order_by_size_and_last_and_decodes_the_page() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/list").json_body(json!({
                "filter": {
                    "email__contains": ["@email.com"],
                    "created_at__gte": "2022-01-01T00:00:00Z",
                    "last_login_at__lt": "2023-03-31T23:59:59.999999Z",
                    "login_count__gt": 1,
                    "verified": true,
                    "disabled": false,
                    "profile_department": "Research",
                    "profile_nickname__exists": false,
                    "last_login_city": "Honolulu"
                },
                "last": "WyIyMDIyLTExLTIwIiwicHVpX3lwIl0=",
                "order": "asc",
                "order_by": "created_at",
                "size": 2
            }));
            answer(then, recorded("user_list"));
        })
        .await;

    let filter = UserFilter::new()
        .email_contains(["@email.com"])
        .created_at_gte(at((2022, 1, 1), (0, 0, 0), 0))
        .last_login_at_lt(at((2023, 3, 31), (23, 59, 59), 999_999))
        .login_count_gt(1)
        .verified(true)
        .disabled(false)
        .profile("department", "Research")
        .profile_exists("nickname", false)
        .raw("last_login_city", json!("Honolulu"));
    let response = authn(&server)
        .user()
        .list()
        .filter(filter)
        .order(ItemOrder::Asc)
        .order_by(UserOrderBy::CreatedAt)
        .size(2)
        .last("WyIyMDIyLTExLTIwIiwicHVpX3lwIl0=")
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");

    assert_envelope(
        &response,
        "prq_aaaaiizbon6j3bsdvnpmwxsz2aan7fqd",
        "2022-09-21T17:24:33.105Z",
        "2022-09-21T17:24:34.007Z",
        "Listed 2 users",
    );
    let page = response.into_result();
    assert_eq!(page.count, 2);
    assert_eq!(
        page.last.as_deref(),
        Some("WyIyMDIyLTExLTIxIiwicHVpX3p6Il0=")
    );
    let [first, second] = page.users.as_slice() else {
        panic!("two users expected, got {:?}", page.users);
    };
    assert_eq!(first.id, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(first.username.as_deref(), Some("someuser1234"));
    assert_eq!(first.email, "joe.user@email.com");
    assert_eq!(
        first.profile,
        profile(&[
            ("first_name", "Joe"),
            ("last_name", "User"),
            (
                "image_url",
                "https://avatars.githubusercontent.com/u/19916453?v=4"
            )
        ])
    );
    assert!(!first.verified);
    assert_eq!(first.disabled, Some(false));
    assert_eq!(
        first.last_login_at,
        Some(at((2022, 11, 21), (21, 21, 40), 256_969))
    );
    assert_eq!(first.created_at, None);
    assert_eq!(second.id, "pui_zzkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(second.email, "jane.user@email.com");
    assert_eq!(second.username, None);
    assert!(second.profile.is_empty());
    assert!(second.verified);
    assert_eq!(second.disabled, None);
    assert_eq!(second.last_login_at, None);
}

#[tokio::test]
async fn list_sends_empty_filter_lists_as_given_instead_of_dropping_them() {
    // `id__in: []` matches no user; leaving the key out would match every user.
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/list").json_body(json!({
                "filter": {
                    "id__in": [],
                    "scopes": [],
                    "email__contains": [],
                    "profile_nickname__contains": [],
                    "disabled": true
                }
            }));
            answer(then, recorded("user_list"));
        })
        .await;

    let filter = UserFilter::new()
        .id_in(Vec::<String>::new())
        .scopes(Vec::<String>::new())
        .email_contains(Vec::<String>::new())
        .profile_contains("nickname", Vec::<String>::new())
        .disabled(true);
    let response = authn(&server).user().list().filter(filter).send().await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");
    assert_eq!(response.request_id, "prq_aaaaiizbon6j3bsdvnpmwxsz2aan7fqd");
    assert_eq!(response.count, 2);
}

#[tokio::test]
async fn bare_list_sends_an_empty_object() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/list").json_body(json!({}));
            answer(
                then,
                json!({
                    "request_id": "prq_emptylistizbon6j3bsdvnpmwxsz2a",
                    "request_time": "2023-08-08T08:08:08.008Z",
                    "response_time": "2023-08-08T08:08:08.080Z",
                    "status": "Success",
                    "summary": "Listed 0 users",
                    "result": {"users": [], "count": 0}
                })
                .to_string(),
            );
        })
        .await;

    let response = authn(&server).user().list().send().await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");
    assert_envelope(
        &response,
        "prq_emptylistizbon6j3bsdvnpmwxsz2a",
        "2023-08-08T08:08:08.008Z",
        "2023-08-08T08:08:08.080Z",
        "Listed 0 users",
    );
    assert_eq!(response.count, 0);
    assert!(response.users.is_empty());
    assert_eq!(response.last, None);
}

// ---------------------------------------------------------------------------------------------
// user().authenticators().list / delete
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn authenticators_list_by_username_decodes_every_authenticator() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/authenticators/list")
                .json_body(json!({"username": "joeuser"}));
            answer(then, recorded("user_authenticators_list"));
        })
        .await;

    let response = authn(&server)
        .user()
        .authenticators()
        .list(UserRef::username("joeuser"))
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");

    assert_envelope(
        &response,
        "prq_lllllizbon6j3bsdvnpmwxsz2aan7fqd",
        "2023-05-05T05:05:05.005Z",
        "2023-05-05T05:05:05.050Z",
        "Listed 3 authenticators",
    );
    let [password, passkey, future] = response.as_slice() else {
        panic!("three authenticators expected, got {:?}", response.result);
    };

    assert_eq!(password.id, "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a");
    assert_eq!(password.kind, AuthenticatorType::Password);
    assert!(password.enabled);
    assert_eq!(password.provider.as_deref(), Some("password"));
    assert_eq!(password.provider_name.as_deref(), Some("Password"));
    assert_eq!(password.rpid, None);
    assert_eq!(password.state.as_deref(), Some("active"));
    assert_eq!(password.phase.as_deref(), Some("primary"));
    assert_eq!(
        password.enrolling_browser.as_deref(),
        Some("Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0")
    );
    assert_eq!(password.enrolling_ip.as_deref(), Some("203.0.113.5"));
    assert_eq!(password.created_at, at((2023, 1, 1), (0, 0, 0), 1));
    assert_eq!(password.updated_at, at((2023, 2, 1), (0, 0, 0), 0));

    assert_eq!(passkey.id, "pau_pkeytvtpswyjtlsx52b7yyi2l7zotv4a");
    assert_eq!(passkey.kind, AuthenticatorType::Passkey);
    assert!(passkey.enabled);
    assert_eq!(passkey.rpid.as_deref(), Some("login.example.com"));
    assert_eq!(passkey.phase.as_deref(), Some("secondary"));
    assert_eq!(passkey.provider, None);
    assert_eq!(passkey.provider_name, None);
    assert_eq!(passkey.state, None);
    assert_eq!(passkey.enrolling_browser, None);
    assert_eq!(passkey.enrolling_ip, None);
    assert_eq!(passkey.created_at, at((2023, 3, 3), (3, 3, 3), 333_000));
    assert_eq!(passkey.updated_at, at((2023, 3, 3), (3, 3, 3), 333_000));

    // A kind Pangea adds later reaches the caller intact.
    assert_eq!(future.id, "pau_newktvtpswyjtlsx52b7yyi2l7zotv4a");
    assert_eq!(future.kind, AuthenticatorType::from("hardware_key"));
    assert!(!future.enabled);
    assert_eq!(future.provider.as_deref(), Some("yubico"));
    assert_eq!(future.provider_name.as_deref(), Some("YubiKey"));
    assert_eq!(future.created_at, at((2023, 4, 4), (4, 4, 4), 0));
    assert_eq!(future.updated_at, at((2023, 4, 5), (4, 4, 4), 0));
}

#[tokio::test]
async fn authenticators_delete_sends_selector_and_id_and_accepts_an_empty_null_or_absent_result() {
    let selectors = [
        (
            UserRef::id("pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9"),
            json!({
                "id": "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9",
                "authenticator_id": "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
            }),
        ),
        (
            UserRef::email("joe.user@email.com"),
            json!({
                "email": "joe.user@email.com",
                "authenticator_id": "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
            }),
        ),
        (
            UserRef::username("joeuser"),
            json!({
                "username": "joeuser",
                "authenticator_id": "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
            }),
        ),
    ];
    for ((shape, result), (user, body)) in empty_results().into_iter().zip(selectors) {
        let server = MockServer::start_async().await;
        let request_id = format!("prq_authdel_{}", shape.len());
        let mock = server
            .mock_async(|when, then| {
                sdk_request(when, "/v2/user/authenticators/delete").json_body(body);
                answer(then, empty_answer(&request_id, result));
            })
            .await;

        let response = authn(&server)
            .user()
            .authenticators()
            .delete(user, "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a")
            .send()
            .await;
        mock.assert_async().await;
        assert_empty_success(response, shape, &request_id);
    }
}

// ---------------------------------------------------------------------------------------------
// client().userinfo / password().change
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn userinfo_with_flow_id_sends_code_and_flow_and_decodes_both_tokens() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/client/userinfo").json_body(json!({
                "code": "pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw",
                "flow_id": "pfl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
            }));
            answer(then, recorded("client_userinfo"));
        })
        .await;

    let response = authn(&server)
        .client()
        .userinfo("pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw")
        .flow_id("pfl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a")
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");

    assert_envelope(
        &response,
        "prq_cccciizbon6j3bsdvnpmwxsz2aan7fqd",
        "2022-09-21T17:24:33.105Z",
        "2022-09-21T17:24:34.007Z",
        "Login success",
    );
    let debug = format!("{response:?}");
    assert!(
        !debug.contains("ptr_xpkhwpnz2cmegsws737xbsqnmnuwtbm5")
            && !debug.contains("ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"),
        "tokens must not appear in Debug output: {debug}"
    );

    let refresh = &response.refresh_token;
    assert_eq!(
        refresh.token.expose_secret(),
        "ptr_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"
    );
    assert_eq!(refresh.id, "pmt_rqo2uwlhgxy5gqpfgxjomccovphnfjo6");
    assert_eq!(refresh.kind, TokenType::Session);
    assert_eq!(refresh.life, 172_800);
    assert_eq!(refresh.expire, at((2022, 11, 23), (21, 21, 40), 256_969));
    assert_eq!(refresh.enabled, Some(true));
    assert_eq!(refresh.identity, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(refresh.email, "joe.user@email.com");
    assert_eq!(refresh.scopes, ["scope1"]);
    assert_eq!(refresh.profile, profile(&[("first_name", "Joe")]));
    assert_eq!(
        refresh.created_at,
        at((2022, 11, 21), (21, 21, 40), 256_969)
    );
    assert_eq!(refresh.audience, None);
    assert_eq!(
        refresh.client_id.as_deref(),
        Some("psa_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a")
    );
    assert_eq!(
        Value::Object(refresh.claims.clone()),
        json!({"role": "admin"})
    );

    let intel = refresh
        .intelligence
        .as_ref()
        .expect("the refresh token carries intelligence");
    assert_eq!(intel.embargo, Some(false));
    assert_eq!(intel.user_intel, Some(false));
    let ip = intel.ip_intel.as_ref().expect("ip_intel");
    assert_eq!(ip.is_bad, Some(false));
    assert_eq!(ip.is_vpn, Some(true));
    assert_eq!(ip.is_proxy, Some(false));
    let ip_reputation = ip.reputation.as_ref().expect("ip reputation");
    assert_eq!(ip_reputation.category, ["Not Provided"]);
    assert_eq!(ip_reputation.score, Some(0));
    assert_eq!(ip_reputation.verdict, Some(Verdict::Benign));
    let geo = ip.geolocation.as_ref().expect("geolocation");
    assert_eq!(geo.country.as_deref(), Some("United States"));
    assert_eq!(geo.city.as_deref(), Some("Honolulu"));
    assert_eq!(geo.latitude, Some(21.3));
    assert_eq!(geo.longitude, Some(-157.8));
    assert_eq!(geo.postal_code.as_deref(), Some("96813"));
    assert_eq!(geo.country_code.as_deref(), Some("US"));
    let domain = intel.domain_intel.as_ref().expect("domain_intel");
    assert_eq!(domain.is_bad, Some(false));
    let domain_reputation = domain.reputation.as_ref().expect("domain reputation");
    assert!(domain_reputation.category.is_empty());
    assert_eq!(domain_reputation.score, Some(10));
    assert_eq!(
        domain_reputation.verdict,
        Some(Verdict::from("a-verdict-added-later"))
    );

    let active = response
        .active_token
        .as_ref()
        .expect("an active token is present");
    assert_eq!(
        active.token.expose_secret(),
        "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
    );
    assert_eq!(active.id, "pmt_aqo2uwlhgxy5gqpfgxjomccovphnfjo6");
    assert_eq!(active.kind, TokenType::User);
    assert_eq!(active.life, 900);
    assert_eq!(active.expire, at((2022, 11, 21), (21, 36, 40), 256_969));
    assert_eq!(active.enabled, None);
    assert_eq!(active.identity, "pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9");
    assert_eq!(active.email, "joe.user@email.com");
    assert!(active.scopes.is_empty());
    assert_eq!(active.profile, profile(&[("first_name", "Joe")]));
    assert_eq!(active.created_at, at((2022, 11, 21), (21, 21, 40), 256_969));
    assert_eq!(active.intelligence, None);
    assert_eq!(active.audience, None);
    assert_eq!(active.client_id, None);
    assert!(active.claims.is_empty());
}

#[tokio::test]
async fn userinfo_without_flow_id_omits_it() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/client/userinfo")
                .json_body(json!({"code": "pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw"}));
            answer(
                then,
                json!({
                    "request_id": "prq_noflowizbon6j3bsdvnpmwxsz2aan7f",
                    "request_time": "2023-09-09T09:09:09.009Z",
                    "response_time": "2023-09-09T09:09:09.090Z",
                    "status": "Success",
                    "summary": "Login success",
                    "result": {
                        "refresh_token": {
                            "token": "ptr_aaaawpnz2cmegsws737xbsqnmnuwtbm5",
                            "id": "pmt_bbbbuwlhgxy5gqpfgxjomccovphnfjo6",
                            "type": "session",
                            "life": 3600,
                            "expire": "2023-09-09T10:09:09Z",
                            "identity": "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5",
                            "email": "jane.doe@example.com",
                            "profile": {"first_name": "Jane"},
                            "created_at": "2023-09-09T09:09:09Z"
                        }
                    }
                })
                .to_string(),
            );
        })
        .await;

    let response = authn(&server)
        .client()
        .userinfo("pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw")
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");
    assert_envelope(
        &response,
        "prq_noflowizbon6j3bsdvnpmwxsz2aan7f",
        "2023-09-09T09:09:09.009Z",
        "2023-09-09T09:09:09.090Z",
        "Login success",
    );
    assert_eq!(response.active_token, None);
    let refresh = &response.refresh_token;
    assert_eq!(
        refresh.token.expose_secret(),
        "ptr_aaaawpnz2cmegsws737xbsqnmnuwtbm5"
    );
    assert_eq!(refresh.id, "pmt_bbbbuwlhgxy5gqpfgxjomccovphnfjo6");
    assert_eq!(refresh.kind, TokenType::Session);
    assert_eq!(refresh.life, 3600);
    assert_eq!(refresh.expire, at((2023, 9, 9), (10, 9, 9), 0));
    assert_eq!(refresh.identity, "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5");
    assert_eq!(refresh.email, "jane.doe@example.com");
    assert_eq!(refresh.profile, profile(&[("first_name", "Jane")]));
    assert_eq!(refresh.created_at, at((2023, 9, 9), (9, 9, 9), 0));
    assert_eq!(refresh.enabled, None);
    assert!(refresh.scopes.is_empty());
    assert_eq!(refresh.intelligence, None);
}

#[tokio::test]
async fn password_change_sends_token_and_passwords_and_accepts_an_empty_null_or_absent_result() {
    let tokens = [
        "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a",
        "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwdWlfMSJ9.c2lnbmF0dXJl",
        "ptu_abcdefghijklmnopqrstuvwxyz234567",
    ];
    for ((shape, result), token) in empty_results().into_iter().zip(tokens) {
        let server = MockServer::start_async().await;
        let request_id = format!("prq_password_{}", shape.len());
        let mock = server
            .mock_async(|when, then| {
                sdk_request(when, "/v2/client/password/change").json_body(json!({
                    "token": token,
                    "old_password": "hunter2",
                    "new_password": "My2n+Password"
                }));
                answer(then, empty_answer(&request_id, result));
            })
            .await;

        let response = authn(&server)
            .client()
            .password()
            .change(
                &authn_sdk::ActiveToken::new(token),
                "hunter2",
                "My2n+Password",
            )
            .send()
            .await;
        mock.assert_async().await;
        assert_empty_success(response, shape, &request_id);
    }
}

// ---------------------------------------------------------------------------------------------
// Headers
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn the_generated_client_through_authn_api_keeps_the_answers_headers() {
    // The SDK's own calls read what they need of an answer's headers and drop the rest; a
    // request made with the escape hatch gets them all.
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/delete").json_body(json!({"email": "joe.user@email.com"}));
            answer(then, empty_answer("prq_raw", Some(json!({}))))
                .header("x-request-id", "prq_raw")
                .header("x-extra", "kept");
        })
        .await;
    let authn = authn(&server);
    let email = authn_sdk::authn_api::strings::Email::new("joe.user@email.com").expect("an email");
    let raw = authn
        .api()
        .user_delete()
        .body(authn_sdk::authn_api::types::UserSelector::Email(email))
        .send()
        .await
        .expect("a success");
    mock.assert_async().await;
    assert_eq!(raw.status(), 200);
    assert_eq!(
        raw.headers().get("x-request-id").map(|v| v.as_bytes()),
        Some(&b"prq_raw"[..])
    );
    assert_eq!(
        raw.headers().get("x-extra").map(|v| v.as_bytes()),
        Some(&b"kept"[..])
    );
}

#[tokio::test]
async fn user_agent_suffix_is_appended_after_the_sdk_version() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/user/profile/get")
                .header("authorization", format!("Bearer {TOKEN}"))
                .header("user-agent", "pangea-rust/0.1.0 app/1")
                .header("content-type", "application/json")
                .json_body(json!({"username": "janedoe"}));
            answer(then, recorded("user_profile_get"));
        })
        .await;

    let response = authn_with(&server, |c| c.user_agent_suffix("app/1"))
        .user()
        .profile()
        .get(UserRef::username("janedoe"))
        .send()
        .await;
    mock.assert_async().await;
    let response = response.expect("the call succeeds");
    assert_eq!(response.username.as_deref(), Some("janedoe"));
}

#[tokio::test]
async fn configured_extra_header_is_sent() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/delete")
                .header("x-tenant", "blue")
                .header_count("^x-tenant$", ".*", 1)
                .json_body(json!({"username": "joeuser"}));
            answer(then, empty_answer("prq_tenant", Some(json!({}))));
        })
        .await;

    let response = authn_with(&server, |c| c.header("x-tenant", "blue"))
        .user()
        .delete(UserRef::username("joeuser"))
        .send()
        .await;
    mock.assert_async().await;
    assert_eq!(
        response.expect("the call succeeds").request_id,
        "prq_tenant"
    );
}

#[tokio::test]
async fn extra_headers_do_not_override_authorization_user_agent_or_content_type() {
    let server = MockServer::start_async().await;
    let intruder = server
        .mock_async(|when, then| {
            when.header("authorization", "Bearer pts_intruder");
            then.status(401)
                .body("the caller's authorization header was sent");
        })
        .await;
    let mock = server
        .mock_async(|when, then| {
            sdk_request(when, "/v2/user/profile/get")
                .header_count("^authorization$", ".*", 1)
                .header_count("^user-agent$", ".*", 1)
                .header_count("^content-type$", ".*", 1)
                .header("x-tenant", "green")
                .json_body(json!({"email": "jane.doe@example.com"}));
            answer(then, recorded("user_profile_get"));
        })
        .await;

    let response = authn_with(&server, |c| {
        c.header("Authorization", "Bearer pts_intruder")
            .header("User-Agent", "intruder/1")
            .header("Content-Type", "text/plain")
            .header("x-tenant", "green")
    })
    .user()
    .profile()
    .get(UserRef::email("jane.doe@example.com"))
    .send()
    .await;
    assert_eq!(intruder.calls_async().await, 0);
    mock.assert_async().await;
    let response = response.expect("the call succeeds");
    assert_eq!(response.email, "jane.doe@example.com");
}

// ---------------------------------------------------------------------------------------------
// Invalid inputs: refused before anything is sent
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn create_with_a_bad_email_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let result = authn(&server)
        .user()
        .create("joe.user_at_email.com")
        .profile([("first_name", "Joe")])
        .send()
        .await;
    let (field, text) = invalid_input(result);
    assert_eq!(field, "email");
    assert!(text.contains("joe.user_at_email.com"), "{text}");
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn create_with_a_bad_username_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let result = authn(&server)
        .user()
        .create("joe.user@email.com")
        .username("j")
        .send()
        .await;
    assert_eq!(invalid_input(result).0, "username");
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn bad_selectors_name_their_field_and_send_nothing() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let authn = authn(&server);
    assert_eq!(
        invalid_input(authn.user().delete(UserRef::id("")).send().await).0,
        "id"
    );
    assert_eq!(
        invalid_input(
            authn
                .user()
                .update(UserRef::email("joe"))
                .disabled(true)
                .send()
                .await
        )
        .0,
        "email"
    );
    assert_eq!(
        invalid_input(
            authn
                .user()
                .profile()
                .get(UserRef::username("j"))
                .send()
                .await
        )
        .0,
        "username"
    );
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn authenticator_delete_with_a_bad_authenticator_id_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let result = authn(&server)
        .user()
        .authenticators()
        .delete(
            UserRef::id("pui_ypkhwpnz2cmegsws737xbsqnmnuwtbm9"),
            "pau_NOT-A-VALID-ID",
        )
        .send()
        .await;
    let (field, text) = invalid_input(result);
    assert_eq!(field, "authenticator_id");
    assert!(text.contains("pau_NOT-A-VALID-ID"), "{text}");
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn userinfo_with_a_bad_login_code_sends_nothing_and_never_shows_the_code() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let code = "pmc_TopSecretButMalformedCode";
    let result = authn(&server).client().userinfo(code).send().await;
    let debug = format!("{result:?}");
    let (field, text) = invalid_input(result);
    assert_eq!(field, "code");
    assert!(!text.contains(code), "Display leaks the code: {text}");
    assert!(
        !text.contains("TopSecret"),
        "Display leaks the code: {text}"
    );
    assert!(
        !debug.contains("TopSecret"),
        "Debug leaks the code: {debug}"
    );
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn userinfo_with_a_bad_flow_id_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let result = authn(&server)
        .client()
        .userinfo("pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw")
        .flow_id("flow-1")
        .send()
        .await;
    assert_eq!(invalid_input(result).0, "flow_id");
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn password_change_with_a_bad_user_token_sends_nothing_and_never_shows_it() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let result = authn(&server)
        .client()
        .password()
        .change(
            &authn_sdk::ActiveToken::new("not-a-user-token"),
            "hunter2",
            "My2n+Password",
        )
        .send()
        .await;
    let (field, text) = invalid_input(result);
    assert_eq!(field, "token");
    assert!(!text.contains("not-a-user-token"), "{text}");
    assert!(
        !text.contains("hunter2") && !text.contains("My2n+Password"),
        "{text}"
    );
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn list_with_size_zero_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let result = authn(&server).user().list().size(0).send().await;
    assert_eq!(invalid_input(result).0, "size");
    assert_eq!(any.calls_async().await, 0);
}

#[tokio::test]
async fn list_with_an_invalid_profile_filter_name_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = catch_all(&server).await;
    let result = authn(&server)
        .user()
        .list()
        .filter(UserFilter::new().profile("first_name", "Joe"))
        .send()
        .await;
    let (field, text) = invalid_input(result);
    assert_eq!(field, "filter");
    assert!(text.contains("first_name"), "{text}");
    assert_eq!(any.calls_async().await, 0);
}
