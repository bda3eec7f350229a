//! Builds one request of each kind with the generated types and prints the JSON body the client
//! would send. Runs offline: `cargo run -p authn-api --example request_bodies`.

use authn_api::types;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let create = types::UserCreateRequest {
        email: "joe.user@email.com".parse()?,
        profile: types::Profile(
            [("first_name", "Joe"), ("last_name", "User")]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        ),
        username: None,
    };
    show("POST /v2/user/create", &create)?;

    let edit = types::ProfileUpdateRequest::Email {
        email: "joe.user@email.com".parse()?,
        profile: types::ProfileEdits(
            [
                ("phone".to_string(), Some("18085550173".to_string())),
                ("nickname".to_string(), None),
            ]
            .into_iter()
            .collect(),
        ),
    };
    show("POST /v2/user/profile/update", &edit)?;

    let list = types::UserListRequest {
        order: Some(types::ItemOrder::Asc),
        order_by: Some(types::UserOrderBy::KnownUserOrderBy(
            types::KnownUserOrderBy::Email,
        )),
        size: std::num::NonZeroU64::new(100),
        ..Default::default()
    };
    show("POST /v2/user/list", &list)?;

    let change = types::PasswordChangeRequest {
        token: "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a".parse()?,
        old_password: "hunter2".parse()?,
        new_password: "My2n+Password".parse()?,
    };
    println!("Debug of a password change never shows its secrets:\n  {change:?}");

    match "not an email".parse::<authn_api::strings::Email>() {
        Ok(_) => println!("unexpected: accepted"),
        Err(e) => println!("A bad email is refused before sending:\n  {e}"),
    }
    Ok(())
}

fn show(operation: &str, body: &impl serde::Serialize) -> Result<(), serde_json::Error> {
    println!("{operation}\n  {}", serde_json::to_string(body)?);
    Ok(())
}
