//! Many clients at once: 64 tasks, thousands of mixed operations, then an exact check of the
//! final state against a model. No update is lost, no email is taken twice, no user is seen
//! half-written.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use authn_emulator::Emulator;
use authn_sdk::authn_api::types::KnownAuthenticatorType;
use authn_sdk::{AuthN, Config, PangeaStatus, ProfileEdit, UserRef};

const TASKS: usize = 64;
const USERS_PER_TASK: usize = 6;
const CONTESTED: usize = 8;

/// What one task expects of its own users at the end.
#[derive(Debug, Default)]
struct Model {
    users: BTreeMap<String, (BTreeMap<String, String>, bool)>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_clients_leave_exactly_the_modelled_state() {
    let emulator = Arc::new(Emulator::start().await.expect("emulator starts"));
    let authn = AuthN::new(Config::new(emulator.token()).base_url_template(emulator.base_url()))
        .expect("config");
    let shared = "shared@example.com";
    authn
        .user()
        .create(shared)
        .profile([("first_name", "Shared")])
        .send()
        .await
        .expect("shared user");

    let mut tasks = Vec::new();
    for t in 0..TASKS {
        let (authn, emulator) = (authn.clone(), Arc::clone(&emulator));
        tasks.push(tokio::spawn(async move {
            let mut model = Model::default();
            let mut won = Vec::new();
            let mut ops = 0usize;
            // Everyone races for the same contested emails: one create each must win.
            for c in 0..CONTESTED {
                let email = format!("contested{c}@example.com");
                ops += 1;
                match authn
                    .user()
                    .create(&email)
                    .profile([("winner", t.to_string())])
                    .send()
                    .await
                {
                    Ok(_) => won.push((email, t)),
                    Err(e) => assert_eq!(e.pangea_status(), Some(&PangeaStatus::UserExists), "{e}"),
                }
            }
            // Each task's own users: create, edit many times, toggle, and delete every third.
            for u in 0..USERS_PER_TASK {
                let email = format!("t{t}u{u}@example.com");
                authn
                    .user()
                    .create(&email)
                    .profile([("first_name", "T")])
                    .send()
                    .await
                    .expect("create");
                ops += 1;
                // An authenticator per user, so that deleting one must take it along.
                emulator
                    .add_authenticator(&email, KnownAuthenticatorType::Totp)
                    .expect("totp");
                let mut profile = BTreeMap::from([("first_name".to_string(), "T".to_string())]);
                let mut disabled = false;
                for step in 0..6 {
                    let key = format!("k{}", step % 3);
                    let value = format!("{t}-{u}-{step}");
                    let edits = if step == 4 {
                        ProfileEdit::new().remove("k0")
                    } else {
                        ProfileEdit::new().set(&key, &value)
                    };
                    let user = authn
                        .user()
                        .profile()
                        .update(UserRef::email(&email), edits)
                        .send()
                        .await
                        .expect("edit");
                    if step == 4 {
                        profile.remove("k0");
                    } else {
                        profile.insert(key, value);
                    }
                    assert_eq!(
                        user.profile, profile,
                        "the answer is the whole, current user"
                    );
                    disabled = !disabled;
                    authn
                        .user()
                        .update(UserRef::email(&email))
                        .disabled(disabled)
                        .send()
                        .await
                        .expect("toggle");
                    ops += 2;
                }
                // Everyone also edits the shared user, each under a key of their own.
                authn
                    .user()
                    .profile()
                    .update(
                        UserRef::email("shared@example.com"),
                        ProfileEdit::new().set(format!("t{t}u{u}"), "x"),
                    )
                    .send()
                    .await
                    .expect("shared edit");
                ops += 1;
                if u % 3 == 2 {
                    authn
                        .user()
                        .delete(UserRef::email(&email))
                        .send()
                        .await
                        .expect("delete");
                    ops += 1;
                } else {
                    model.users.insert(email, (profile, disabled));
                }
            }
            (model, won, ops)
        }));
    }

    let mut expected = BTreeMap::new();
    let mut winners = Vec::new();
    let mut ops = 0;
    for task in tasks {
        let (model, won, n) = task.await.expect("task finished");
        expected.extend(model.users);
        winners.extend(won);
        ops += n;
    }
    assert!(ops >= 3_000, "{ops} operations");

    // Each contested email was won exactly once.
    let won: HashSet<&str> = winners.iter().map(|(e, _)| e.as_str()).collect();
    assert_eq!((winners.len(), won.len()), (CONTESTED, CONTESTED));

    let users = emulator.users();
    let emails: HashSet<&str> = users.iter().map(|u| u.email.as_str()).collect();
    assert_eq!(emails.len(), users.len(), "no email is taken twice");
    assert_eq!(users.len(), 1 + CONTESTED + expected.len());

    for (email, (profile, disabled)) in &expected {
        let user = users
            .iter()
            .find(|u| &u.email == email)
            .unwrap_or_else(|| panic!("{email} is missing"));
        assert_eq!(&user.profile.0, profile, "{email}: no lost profile update");
        assert_eq!(user.disabled, Some(*disabled), "{email}");
    }
    for (email, t) in &winners {
        let user = users
            .iter()
            .find(|u| &u.email == email)
            .expect("contested user exists");
        assert_eq!(
            user.profile.get("winner"),
            Some(&t.to_string()),
            "{email}: the winner's write"
        );
    }
    let shared = users
        .iter()
        .find(|u| u.email == "shared@example.com")
        .expect("shared user");
    assert_eq!(
        shared.profile.len(),
        1 + TASKS * USERS_PER_TASK,
        "every concurrent edit of the shared user kept"
    );

    // `count` equals what paging returns, and no authenticator is orphaned.
    let listed: Vec<_> = authn
        .user()
        .list()
        .size(37)
        .items()
        .try_collect()
        .await
        .expect("items");
    let page = authn.user().list().size(1).send().await.expect("page");
    assert_eq!(listed.len(), users.len());
    assert_eq!(page.count, users.len() as i64);
    // Exactly the surviving task users own an authenticator, one each: the deleted users'
    // went with them.
    let survivors: HashSet<String> = users
        .iter()
        .filter(|u| expected.contains_key(&u.email))
        .map(|u| u.id.clone())
        .collect();
    let authenticators = emulator.authenticators();
    let owners: HashSet<String> = authenticators.iter().map(|(o, _)| o.clone()).collect();
    assert_eq!(
        survivors.len(),
        TASKS * (USERS_PER_TASK - USERS_PER_TASK / 3)
    );
    assert_eq!(owners, survivors);
    assert_eq!(authenticators.len(), survivors.len());
}
