//! Paging through a few thousand users with every `order_by` and both orders: every user
//! exactly once, in order, with `count` equal to what paging returns.

use std::collections::{HashMap, HashSet};

use authn_emulator::Emulator;
use authn_sdk::{AuthN, Config, ItemOrder, Timestamp, User, UserFilter, UserOrderBy, UserRef};
use futures_util::{StreamExt, TryStreamExt, stream};

const USERS: usize = 2_000;
const LOGGED_IN: usize = 200;

/// A comparable sort key: missing values sort first, as the emulator documents.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Missing,
    Int(i64),
    Time(Timestamp),
    Text(String),
}

fn key(order_by: &UserOrderBy, user: &User) -> Key {
    let text = |s: &Option<String>| s.clone().map_or(Key::Missing, Key::Text);
    match order_by {
        UserOrderBy::Id => Key::Text(user.id.clone()),
        UserOrderBy::CreatedAt => user.created_at.map_or(Key::Missing, Key::Time),
        UserOrderBy::LastLoginAt => user.last_login_at.map_or(Key::Missing, Key::Time),
        UserOrderBy::LastLoginIp => text(&user.last_login_ip),
        UserOrderBy::LoginCount => user.login_count.map_or(Key::Missing, Key::Int),
        UserOrderBy::Email => Key::Text(user.email.to_ascii_lowercase()),
        UserOrderBy::AcceptedEulaId => text(&user.accepted_eula_id),
        UserOrderBy::AcceptedPrivacyPolicyId => text(&user.accepted_privacy_policy_id),
        other => panic!("no key for {other:?}"),
    }
}

async fn populated() -> (Emulator, AuthN) {
    let emulator = Emulator::start().await.expect("emulator starts");
    let authn = AuthN::new(Config::new(emulator.token()).base_url_template(emulator.base_url()))
        .expect("config");
    // Emails in a scrambled order, so that email order differs from creation order.
    stream::iter(0..USERS)
        .map(|i| {
            let authn = authn.clone();
            async move {
                let n = (i * 7919) % USERS;
                authn
                    .user()
                    .create(format!("user{n:05}@example.com"))
                    .profile([("n", n.to_string())])
                    .send()
                    .await
            }
        })
        .buffer_unordered(16)
        .try_collect::<Vec<_>>()
        .await
        .expect("users created");
    // Some users log in, once or twice, so login fields vary.
    for i in 0..LOGGED_IN {
        let email = format!("user{:05}@example.com", i * 3);
        for _ in 0..(1 + i % 2) {
            let code = emulator.login_code(&email).expect("code");
            authn.client().userinfo(&code).send().await.expect("login");
        }
    }
    (emulator, authn)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_order_pages_through_every_user_once_in_order() {
    let (emulator, authn) = populated().await;
    let creation: HashMap<String, usize> = emulator
        .users()
        .into_iter()
        .enumerate()
        .map(|(i, u)| (u.id, i))
        .collect();
    assert_eq!(creation.len(), USERS);

    for order_by in [
        UserOrderBy::Id,
        UserOrderBy::CreatedAt,
        UserOrderBy::LastLoginAt,
        UserOrderBy::LastLoginIp,
        UserOrderBy::LoginCount,
        UserOrderBy::Email,
        UserOrderBy::AcceptedEulaId,
        UserOrderBy::AcceptedPrivacyPolicyId,
    ] {
        for order in [ItemOrder::Asc, ItemOrder::Desc] {
            let pages: Vec<_> = authn
                .user()
                .list()
                .order_by(order_by.clone())
                .order(order)
                .size(97)
                .pages()
                .try_collect()
                .await
                .expect("every page");
            let label = format!("{order_by:?} {order:?}");
            assert_eq!(pages.len(), USERS.div_ceil(97), "{label}");
            assert!(
                pages.iter().all(|p| p.count == USERS as i64),
                "{label}: count"
            );
            let users: Vec<&User> = pages.iter().flat_map(|p| p.users.iter()).collect();
            assert_eq!(users.len(), USERS, "{label}");
            let ids: HashSet<&str> = users.iter().map(|u| u.id.as_str()).collect();
            assert_eq!(ids.len(), USERS, "{label}: every user exactly once");
            for pair in users.windows(2) {
                let a = (key(&order_by, pair[0]), creation[&pair[0].id]);
                let b = (key(&order_by, pair[1]), creation[&pair[1].id]);
                let in_order = match order {
                    ItemOrder::Asc => a < b,
                    ItemOrder::Desc => a > b,
                };
                assert!(in_order, "{label}: {a:?} then {b:?}");
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filters_count_and_page_the_matching_users_only() {
    let (emulator, authn) = populated().await;
    let everyone: HashSet<String> = emulator.users().into_iter().map(|u| u.id).collect();
    let logged_in: Vec<User> = authn
        .user()
        .list()
        .filter(UserFilter::new().login_count_gte(1))
        .size(50)
        .items()
        .try_collect()
        .await
        .expect("items");
    assert_eq!(logged_in.len(), LOGGED_IN);
    assert!(logged_in.iter().all(|u| u.login_count >= Some(1)));

    let page = authn
        .user()
        .list()
        .filter(UserFilter::new().login_count(2))
        .size(10)
        .send()
        .await
        .expect("page");
    assert_eq!(page.count, (LOGGED_IN / 2) as i64);
    assert_eq!(page.users.len(), 10);

    let page = authn
        .user()
        .list()
        .filter(UserFilter::new().email_in([
            "user00001@example.com",
            "user00002@example.com",
            "nobody@example.com",
        ]))
        .send()
        .await
        .expect("page");
    assert_eq!(page.count, 2);
    assert_eq!(page.last, None);
    let mut emails: Vec<&str> = page.users.iter().map(|u| u.email.as_str()).collect();
    emails.sort_unstable();
    assert_eq!(emails, ["user00001@example.com", "user00002@example.com"]);

    let page = authn
        .user()
        .list()
        .filter(UserFilter::new().profile("n", "42"))
        .send()
        .await
        .expect("page");
    assert_eq!(
        page.users
            .iter()
            .map(|u| u.email.as_str())
            .collect::<Vec<_>>(),
        ["user00042@example.com"]
    );

    // The address half of the next filter matches on its own; with `login_count < 1`, nobody.
    let from_localhost = authn
        .user()
        .list()
        .filter(UserFilter::new().last_login_ip_contains(["127.0.0.1"]))
        .size(1)
        .send()
        .await
        .expect("page");
    assert_eq!(from_localhost.count, LOGGED_IN as i64);
    let never = authn
        .user()
        .list()
        .filter(
            UserFilter::new()
                .last_login_ip_contains(["127.0.0.1"])
                .login_count_lt(1),
        )
        .send()
        .await
        .expect("page");
    assert_eq!(never.count, 0);

    // Deleting users between pages neither skips nor repeats the others.
    let mut pages = authn
        .user()
        .list()
        .order_by(UserOrderBy::Email)
        .size(100)
        .pages();
    let first = pages.try_next().await.expect("page").expect("a first page");
    for user in first.users.iter().take(10) {
        authn
            .user()
            .delete(UserRef::id(&user.id))
            .send()
            .await
            .expect("delete");
    }
    let rest: Vec<_> = pages.try_collect().await.expect("rest");
    let seen: Vec<&str> = first
        .users
        .iter()
        .chain(rest.iter().flat_map(|p| p.users.iter()))
        .map(|u| u.id.as_str())
        .collect();
    let distinct: HashSet<&str> = seen.iter().copied().collect();
    assert_eq!(seen.len(), USERS, "nobody skipped");
    assert_eq!(distinct.len(), USERS, "nobody repeated");
    assert!(
        distinct.iter().all(|id| everyone.contains(*id)),
        "only the users there were"
    );
}
