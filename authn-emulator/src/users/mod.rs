//! The user area: the ten user and client calls of the description (`user/*`,
//! `client/userinfo`, `client/password/change`) and the emulator routes that stand in for a
//! login (`/_emulator/password`, `/_emulator/login-code`, `/_emulator/authenticators`): their
//! routes, validation tables and state.
//!
//! It uses the sessions area (a login creates a session, a deleted user's sessions end), never
//! the other way round.

pub mod list;
mod record;
pub mod spec;
pub(crate) mod store;

use authn_api::types::{self, KnownAuthenticatorType};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::core::Refusal;
use crate::core::answer::Answer;
use crate::core::http::{Call, Route, Shared, admin_parse};
use crate::core::validate;
use crate::sessions::Sessions;
pub use store::Selector;
pub(crate) use store::Users;

/// What the user routes need of the store.
pub(crate) trait UsersStore {
    fn users(&mut self) -> (&mut Users, &mut Sessions);
}

/// The routes of this area.
pub(crate) fn routes<W: UsersStore>() -> Vec<Route<W>> {
    vec![
        Route::operation("/v2/client/userinfo", "client_userinfo", userinfo),
        Route::operation(
            "/v2/client/password/change",
            "client_password_change",
            password_change,
        ),
        Route::operation("/v2/user/create", "user_create", create),
        Route::operation("/v2/user/delete", "user_delete", delete),
        Route::operation("/v2/user/list", "user_list", list),
        Route::operation("/v2/user/update", "user_update", update),
        Route::operation("/v2/user/profile/get", "user_profile_get", profile_get),
        Route::operation(
            "/v2/user/profile/update",
            "user_profile_update",
            profile_update,
        ),
        Route::operation(
            "/v2/user/authenticators/delete",
            "user_authenticators_delete",
            authenticators_delete,
        ),
        Route::operation(
            "/v2/user/authenticators/list",
            "user_authenticators_list",
            authenticators_list,
        ),
        Route::admin("/_emulator/password", admin_password),
        Route::admin("/_emulator/login-code", admin_login_code),
        Route::admin("/_emulator/authenticators", admin_authenticator),
    ]
}

type Handled = Result<Answer, Refusal>;

fn user_json(user: &types::User) -> Value {
    serde_json::to_value(user).unwrap_or(Value::Null)
}

fn userinfo<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::UserinfoRequest = validate::parse(&spec::USERINFO, call.body)?;
    let ip = call.peer.map(|p| p.ip().to_string());
    let mut store = state.store();
    let (users, sessions) = store.users();
    let info = users.userinfo(sessions, req.code.expose_secret(), ip)?;
    Ok(Answer::success_of("Login success", &info))
}

fn password_change<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::PasswordChangeRequest = validate::parse(&spec::PASSWORD_CHANGE, call.body)?;
    let mut store = state.store();
    let (users, sessions) = store.users();
    users.change_password(
        sessions,
        req.token.expose_secret(),
        req.old_password.expose_secret(),
        req.new_password.expose_secret(),
    )?;
    Ok(Answer::success("Password changed", Value::Null))
}

fn create<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::UserCreateRequest = validate::parse(&spec::USER_CREATE, call.body)?;
    let user = state.store().users().0.create_user(
        req.email.as_str(),
        req.username.as_ref().map(|u| u.as_str()),
        req.profile.0,
    )?;
    Ok(Answer::success("User created", user_json(&user)))
}

fn delete<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::UserSelector = validate::parse(&spec::USER_SELECTOR, call.body)?;
    let mut store = state.store();
    let (users, sessions) = store.users();
    users.delete_user(sessions, &req.into())?;
    Ok(Answer::success("User deleted", Value::Null))
}

fn list<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::UserListRequest = validate::parse(&spec::USER_LIST, call.body)?;
    let order_by = req.order_by.clone();
    let query = list::ListQuery::from_request(req)?;
    let page = state.store().users().0.list_users(&query)?;
    let mut result = json!({"users": page.users, "count": page.count});
    if let Some(last) = page.last {
        result["last"] = Value::String(last);
    }
    Ok(match list::ignored(&query.filter, order_by.as_ref()) {
        None => Answer::success("Listed users", result),
        Some(ignored) => Answer::success(&format!("Listed users; {ignored}"), result),
    })
}

fn update<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::UserUpdateRequest = validate::parse(&spec::USER_UPDATE, call.body)?;
    let (selector, disabled, unlock, phone) = match req {
        types::UserUpdateRequest::Id {
            id,
            disabled,
            unlock,
            phone,
        } => (Selector::Id(id.into()), disabled, unlock, phone),
        types::UserUpdateRequest::Email {
            email,
            disabled,
            unlock,
            phone,
        } => (Selector::Email(email.into()), disabled, unlock, phone),
        types::UserUpdateRequest::Username {
            username,
            disabled,
            unlock,
            phone,
        } => (Selector::Username(username.into()), disabled, unlock, phone),
    };
    let user =
        state
            .store()
            .users()
            .0
            .update_user(&selector, disabled, unlock, phone.map(|p| p.0))?;
    Ok(Answer::success("User updated", user_json(&user)))
}

fn profile_get<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::UserSelector = validate::parse(&spec::USER_SELECTOR, call.body)?;
    let user = state.store().users().0.get_user(&req.into())?;
    Ok(Answer::success("User found", user_json(&user)))
}

fn profile_update<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::ProfileUpdateRequest = validate::parse(&spec::PROFILE_UPDATE, call.body)?;
    let (selector, profile) = match req {
        types::ProfileUpdateRequest::Id { id, profile } => (Selector::Id(id.into()), profile),
        types::ProfileUpdateRequest::Email { email, profile } => {
            (Selector::Email(email.into()), profile)
        }
        types::ProfileUpdateRequest::Username { username, profile } => {
            (Selector::Username(username.into()), profile)
        }
    };
    let user = state
        .store()
        .users()
        .0
        .update_profile(&selector, profile.0)?;
    Ok(Answer::success("Profile updated", user_json(&user)))
}

fn authenticators_delete<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::AuthenticatorDeleteRequest =
        validate::parse(&spec::AUTHENTICATOR_DELETE, call.body)?;
    let (selector, id) = match req {
        types::AuthenticatorDeleteRequest::Id {
            id,
            authenticator_id,
        } => (Selector::Id(id.into()), authenticator_id),
        types::AuthenticatorDeleteRequest::Email {
            email,
            authenticator_id,
        } => (Selector::Email(email.into()), authenticator_id),
        types::AuthenticatorDeleteRequest::Username {
            username,
            authenticator_id,
        } => (Selector::Username(username.into()), authenticator_id),
    };
    state
        .store()
        .users()
        .0
        .delete_authenticator(&selector, id.as_str())?;
    Ok(Answer::success("Authenticator deleted", Value::Null))
}

fn authenticators_list<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::UserSelector = validate::parse(&spec::USER_SELECTOR, call.body)?;
    let list = state.store().users().0.authenticators(&req.into())?;
    Ok(Answer::success(
        "Listed authenticators",
        json!({ "authenticators": list }),
    ))
}

/// Emulator-only request bodies.
#[derive(Debug, Deserialize)]
struct AdminPassword {
    #[serde(flatten)]
    user: types::UserSelector,
    password: String,
}

#[derive(Debug, Deserialize)]
struct AdminAuthenticator {
    #[serde(flatten)]
    user: types::UserSelector,
    #[serde(rename = "type")]
    kind: KnownAuthenticatorType,
}

fn admin_password<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: AdminPassword = admin_parse(call.body)?;
    state
        .store()
        .users()
        .0
        .set_password(&req.user.into(), &req.password)?;
    Ok(Answer::success("Password set", json!({})))
}

fn admin_login_code<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: types::UserSelector = admin_parse(call.body)?;
    let code = state.store().users().0.mint_login_code(&req.into())?;
    Ok(Answer::success(
        "Login code minted",
        json!({ "code": code }),
    ))
}

fn admin_authenticator<W: UsersStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: AdminAuthenticator = admin_parse(call.body)?;
    let added = state
        .store()
        .users()
        .0
        .add_authenticator(&req.user.into(), req.kind)?;
    Ok(Answer::success_of("Authenticator added", &added))
}
