//! Invites and password expiry over HTTP: `user/invite`, `user/invite/list` (every filter key,
//! every `order_by`, paging), `user/invite/delete`, `user/password/expire` and the login it
//! refuses until the password is changed. Exact statuses, HTTP statuses and fields.

use std::collections::BTreeSet;
use std::time::Duration;

mod common;

use authn_emulator::Emulator;
use common::{expect, ok, post};
use serde_json::{Value, json};

fn invite_body(email: &str, inviter: &str, callback: &str, state: &str) -> Value {
    json!({"inviter": inviter, "email": email, "callback": callback, "state": state})
}

fn ids(result: &Value) -> Vec<String> {
    result["invites"]
        .as_array()
        .expect("invites")
        .iter()
        .map(|i| i["id"].as_str().expect("id").to_string())
        .collect()
}

#[tokio::test]
async fn an_invite_has_the_official_fields_and_is_listed_until_deleted() {
    let emulator = Emulator::start().await.expect("starts");
    let before = chrono::Utc::now();
    let invite = ok(
        &emulator,
        "/v2/user/invite",
        json!({"inviter": "joe.user@email.com", "email": "bob.user@email.com",
            "callback": "https://www.myserver.com/callback",
            "state": "C8VTNjY2icUMeiDHFHUxBwiAstEGqaayU4", "client_id": null}),
    )
    .await;
    let keys: BTreeSet<&str> = invite
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        BTreeSet::from([
            "callback",
            "created_at",
            "email",
            "expire",
            "id",
            "invite_org",
            "inviter",
            "require_mfa",
            "state"
        ])
    );
    let id = invite["id"].as_str().expect("id");
    assert!(id.starts_with("pmi_") && id.len() == 36, "{id}");
    assert_eq!(invite["inviter"], "joe.user@email.com");
    assert_eq!(invite["email"], "bob.user@email.com");
    assert_eq!(invite["callback"], "https://www.myserver.com/callback");
    assert_eq!(invite["state"], "C8VTNjY2icUMeiDHFHUxBwiAstEGqaayU4");
    assert_eq!(invite["invite_org"], "");
    assert_eq!(invite["require_mfa"], false);
    let time = |key: &str| {
        chrono::DateTime::parse_from_rfc3339(invite[key].as_str().expect("time")).expect("time")
    };
    assert!(time("created_at") >= before);
    assert_eq!(
        time("expire") - time("created_at"),
        chrono::Duration::days(2)
    );

    let listed = ok(&emulator, "/v2/user/invite/list", json!({})).await;
    assert_eq!(listed, json!({"invites": [invite], "count": 1}));

    let deleted = ok(&emulator, "/v2/user/invite/delete", json!({ "id": id })).await;
    assert_eq!(deleted, Value::Null);
    expect(
        &emulator,
        "/v2/user/invite/delete",
        json!({ "id": id }),
        "InviteNotFound",
    )
    .await;
    let listed = ok(&emulator, "/v2/user/invite/list", json!({})).await;
    assert_eq!(listed, json!({"invites": [], "count": 0}));
}

#[tokio::test]
async fn an_existing_users_email_cannot_be_invited() {
    let emulator = Emulator::start().await.expect("starts");
    emulator.create_user("joe@example.com").expect("created");
    let refused = expect(
        &emulator,
        "/v2/user/invite",
        invite_body(
            "JOE@example.com",
            "ann@example.com",
            "https://x.io",
            "abcdefgh",
        ),
        "UserExists",
    )
    .await;
    assert_eq!(refused, Value::Null);
    // Inviting the same new email twice gives two invites.
    for _ in 0..2 {
        ok(
            &emulator,
            "/v2/user/invite",
            invite_body(
                "new@example.com",
                "ann@example.com",
                "https://x.io",
                "abcdefgh",
            ),
        )
        .await;
    }
    assert_eq!(
        ok(&emulator, "/v2/user/invite/list", json!({})).await["count"],
        2
    );
}

#[tokio::test]
async fn invite_lists_filter_on_every_key_and_page_in_every_order() {
    let emulator = Emulator::start().await.expect("starts");
    let mut made = Vec::new();
    for (i, (email, inviter)) in [
        ("c@example.com", "zed@example.com"),
        ("a@example.com", "amy@example.com"),
        ("d@example.com", "amy@example.com"),
        ("b@example.com", "bea@example.com"),
        ("e@example.com", "zed@example.com"),
    ]
    .into_iter()
    .enumerate()
    {
        let callback = format!("https://app{}.example.com/cb", 5 - i);
        let state = format!("state-{i}-{}", "x".repeat(8));
        made.push(
            ok(
                &emulator,
                "/v2/user/invite",
                invite_body(email, inviter, &callback, &state),
            )
            .await,
        );
        if i == 1 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }
    let id = |i: usize| made[i]["id"].as_str().expect("id").to_string();
    let middle = made[2]["created_at"].clone();
    let expire_2 = made[2]["expire"].clone();
    let all: Vec<usize> = (0..5).collect();
    let cases: Vec<(Value, Vec<usize>)> = vec![
        (json!({"id": id(3)}), vec![3]),
        (json!({"id__contains": ["pmi_"]}), all.clone()),
        (json!({"id__in": [id(0), id(4)]}), vec![0, 4]),
        (json!({"email": "a@example.com"}), vec![1]),
        (json!({"email__contains": ["b@", "example"]}), vec![3]),
        (
            json!({"email__in": ["d@example.com", "e@example.com"]}),
            vec![2, 4],
        ),
        (json!({"inviter": "amy@example.com"}), vec![1, 2]),
        (json!({"inviter__contains": ["ze"]}), vec![0, 4]),
        (json!({"inviter__in": ["bea@example.com"]}), vec![3]),
        (json!({"callback": "https://app5.example.com/cb"}), vec![0]),
        (json!({"callback__contains": ["app4", "/cb"]}), vec![1]),
        (
            json!({"callback__in": ["https://app1.example.com/cb"]}),
            vec![4],
        ),
        (json!({"state": "state-2-xxxxxxxx"}), vec![2]),
        (json!({"state__contains": ["-3-"]}), vec![3]),
        (json!({"state__in": ["state-0-xxxxxxxx", "nope"]}), vec![0]),
        (json!({"invite_org": ""}), all.clone()),
        (json!({"invite_org__contains": ["org"]}), vec![]),
        (json!({"invite_org__in": ["", "x"]}), all.clone()),
        (json!({"is_signup": true}), all.clone()),
        (json!({"require_mfa": true}), vec![]),
        (json!({"require_mfa": false}), all.clone()),
        (json!({"created_at": middle}), vec![2]),
        (json!({"created_at__gt": middle}), vec![3, 4]),
        (json!({"created_at__gte": middle}), vec![2, 3, 4]),
        (json!({"created_at__lt": middle}), vec![0, 1]),
        (json!({"created_at__lte": middle}), vec![0, 1, 2]),
        (json!({"expire": expire_2}), vec![2]),
        (json!({"expire__gt": expire_2}), vec![3, 4]),
        (json!({"expire__gte": expire_2}), vec![2, 3, 4]),
        (json!({"expire__lt": expire_2}), vec![0, 1]),
        (json!({"expire__lte": expire_2}), vec![0, 1, 2]),
    ];
    for (filter, want) in cases {
        let listed = ok(
            &emulator,
            "/v2/user/invite/list",
            json!({ "filter": filter }),
        )
        .await;
        let want: Vec<String> = want.into_iter().map(id).collect();
        assert_eq!(ids(&listed), want, "{filter}");
        assert_eq!(listed["count"], want.len(), "{filter}");
    }
    let (http, answer) = post(
        &emulator,
        "/v2/user/invite/list",
        json!({"filter": {"profile_x": "y"}}),
    )
    .await;
    assert_eq!((http, &answer["result"]["count"]), (200, &json!(5)));
    assert_eq!(
        answer["summary"],
        "Listed invites; the emulator ignored these filter keys: profile_x"
    );
    let (http, answer) = post(
        &emulator,
        "/v2/user/invite/list",
        json!({"order_by": "shoe_size"}),
    )
    .await;
    assert_eq!(
        (http, ids(&answer["result"])),
        (200, all.iter().copied().map(id).collect::<Vec<_>>())
    );
    assert_eq!(
        answer["summary"],
        "Listed invites; the emulator ignored order_by \"shoe_size\", listing in creation order"
    );

    for (order_by, ascending) in [
        ("id", {
            let mut v: Vec<usize> = all.clone();
            v.sort_by_key(|&i| id(i));
            v
        }),
        ("created_at", all.clone()),
        ("type", all.clone()),
        ("expire", all.clone()),
        ("callback", vec![4, 3, 2, 1, 0]),
        ("state", all.clone()),
        ("email", vec![1, 3, 0, 2, 4]),
        ("inviter", vec![1, 2, 3, 0, 4]),
        ("invite_org", all.clone()),
    ] {
        for order in ["asc", "desc"] {
            let mut want: Vec<String> = ascending.iter().copied().map(id).collect();
            if order == "desc" {
                want.reverse();
            }
            let mut got = Vec::new();
            let mut last = Value::Null;
            loop {
                let mut body = json!({"order_by": order_by, "order": order, "size": 2});
                if !last.is_null() {
                    body["last"] = last.clone();
                }
                let page = ok(&emulator, "/v2/user/invite/list", body).await;
                assert_eq!(page["count"], 5);
                got.extend(ids(&page));
                last = page["last"].clone();
                if last.is_null() {
                    break;
                }
            }
            assert_eq!(got, want, "{order_by} {order}");
        }
    }
}

#[tokio::test]
async fn an_expired_password_refuses_the_next_login_until_it_is_changed() {
    let emulator = Emulator::start().await.expect("starts");
    let user = emulator.create_user("joe@example.com").expect("created");
    emulator
        .set_password("joe@example.com", "old-pw")
        .expect("password");
    let code = emulator.login_code("joe@example.com").expect("code");
    let login = ok(&emulator, "/v2/client/userinfo", json!({ "code": code })).await;
    let token = login["active_token"]["token"]
        .as_str()
        .expect("token")
        .to_string();

    let result = ok(
        &emulator,
        "/v2/user/password/expire",
        json!({ "id": user.id }),
    )
    .await;
    assert_eq!(result, Value::Null);
    let code = emulator.login_code("joe@example.com").expect("code");
    expect(
        &emulator,
        "/v2/client/userinfo",
        json!({ "code": code }),
        "PasswordExpired",
    )
    .await;
    // The refused login is not counted, and its code is used up.
    let profile = ok(&emulator, "/v2/user/profile/get", json!({"id": user.id})).await;
    assert_eq!(profile["login_count"], 1);
    expect(
        &emulator,
        "/v2/client/userinfo",
        json!({ "code": code }),
        "InvalidCode",
    )
    .await;
    // The session of before still works, and changes the password.
    ok(
        &emulator,
        "/v2/client/password/change",
        json!({"token": token, "old_password": "old-pw", "new_password": "new-pw"}),
    )
    .await;
    let code = emulator.login_code("joe@example.com").expect("code");
    ok(&emulator, "/v2/client/userinfo", json!({ "code": code })).await;

    // The emulator's set-password route lifts the mark too; so does the Rust method.
    emulator
        .expire_password("joe@example.com")
        .expect("expired");
    let code = emulator.login_code("joe@example.com").expect("code");
    expect(
        &emulator,
        "/v2/client/userinfo",
        json!({ "code": code }),
        "PasswordExpired",
    )
    .await;
    ok(
        &emulator,
        "/_emulator/password",
        json!({"email": "joe@example.com", "password": "newest"}),
    )
    .await;
    let code = emulator.login_code("joe@example.com").expect("code");
    ok(&emulator, "/v2/client/userinfo", json!({ "code": code })).await;

    expect(
        &emulator,
        "/v2/user/password/expire",
        json!({"id": "pui_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}),
        "UserNotFound",
    )
    .await;
}
