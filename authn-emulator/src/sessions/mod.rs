//! The session area: sessions and tokens (`client/token/check`, `client/session/*`,
//! `session/*`), the signing keys (`client/jwks`), and the emulator routes that set token
//! lifetimes, JWT mode and key rotation (`/_emulator/tokens`, `/_emulator/keys/rotate`).
//!
//! It knows users only through `Directory`, which the users area implements: the users area
//! uses this one (a login opens a session, a deleted user's sessions end), never the other way
//! round.

pub(crate) mod keys;
pub mod list;
pub mod spec;
pub(crate) mod state;

use std::collections::BTreeMap;
use std::time::Duration;

use crate::core::answer::clock;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::core::Refusal;
use crate::core::answer::Answer;
use crate::core::http::{Call, Route, Shared, admin_parse};
use crate::core::listing::{self, ListRequest};
use crate::core::validate;
pub(crate) use state::Sessions;

/// What the sessions need to know of a user.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Account<'a> {
    pub id: &'a str,
    pub email: &'a str,
    pub username: Option<&'a str>,
    pub profile: &'a BTreeMap<String, String>,
    pub disabled: bool,
}

/// The users, as the sessions see them (implemented by the users area).
pub(crate) trait Directory {
    /// The user with this id, if there is one.
    fn account(&self, user_id: &str) -> Option<Account<'_>>;
}

/// What the session routes need of the store.
pub(crate) trait SessionsStore {
    fn sessions(&mut self) -> (&mut Sessions, &dyn Directory);
}

/// The routes of this area.
pub(crate) fn routes<W: SessionsStore>() -> Vec<Route<W>> {
    vec![
        Route::operation("/v2/client/token/check", "client_token_check", token_check),
        Route::operation(
            "/v2/client/session/refresh",
            "client_session_refresh",
            refresh,
        ),
        Route::operation(
            "/v2/client/session/logout",
            "client_session_logout",
            client_logout,
        ),
        Route::operation(
            "/v2/client/session/list",
            "client_session_list",
            client_list,
        ),
        Route::operation(
            "/v2/client/session/invalidate",
            "client_session_invalidate",
            client_invalidate,
        ),
        Route::operation("/v2/client/jwks", "client_jwks", jwks),
        Route::operation("/v2/session/list", "session_list", admin_list),
        Route::operation(
            "/v2/session/invalidate",
            "session_invalidate",
            admin_invalidate,
        ),
        Route::operation("/v2/session/logout", "session_logout", admin_logout),
        Route::admin("/_emulator/tokens", admin_tokens),
        Route::admin("/_emulator/keys/rotate", admin_rotate),
    ]
}

type Handled = Result<Answer, Refusal>;

#[derive(Deserialize)]
struct TokenBody {
    token: String,
}

#[derive(Deserialize)]
struct RefreshBody {
    refresh_token: String,
    user_token: Option<String>,
}

#[derive(Deserialize)]
struct ClientListBody {
    token: String,
    #[serde(flatten)]
    list: ListRequest,
}

#[derive(Deserialize)]
struct ClientInvalidateBody {
    token: String,
    session_id: String,
}

#[derive(Deserialize)]
struct InvalidateBody {
    session_id: String,
}

#[derive(Deserialize)]
struct LogoutBody {
    user_id: String,
}

/// The session id and user id of a live active token, for the client session calls.
fn own_session(
    sessions: &Sessions,
    directory: &dyn Directory,
    token: &str,
) -> Result<(String, String), Refusal> {
    let session = sessions.live_active(token, directory, clock())?;
    Ok((session.id.clone(), session.user_id.clone()))
}

fn no_session() -> Refusal {
    Refusal::status("SessionNotFound", "There is no session with this id")
}

fn token_check<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: TokenBody = validate::parse(&spec::TOKEN_CHECK, call.body)?;
    let mut store = state.store();
    let (sessions, directory) = store.sessions();
    let info = sessions.check(&req.token, directory, clock())?;
    Ok(Answer::success("Token is valid", info))
}

fn refresh<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: RefreshBody = validate::parse(&spec::SESSION_REFRESH, call.body)?;
    let mut store = state.store();
    let (sessions, directory) = store.sessions();
    let info = sessions.refresh(
        &req.refresh_token,
        req.user_token.as_deref(),
        directory,
        clock(),
    )?;
    Ok(Answer::success_of("Session refreshed", &info))
}

fn client_logout<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: TokenBody = validate::parse(&spec::CLIENT_SESSION_LOGOUT, call.body)?;
    let mut store = state.store();
    let (sessions, directory) = store.sessions();
    let (id, _) = own_session(sessions, directory, &req.token)?;
    sessions.end(&id);
    Ok(Answer::success("Session logged out", Value::Null))
}

/// One page of the live sessions, of one user (`client/session/list`, whose result has no
/// `count`) or of all (`session/list`). `last` is the next page's cursor, or `""` on the last
/// page.
pub(crate) fn page(
    sessions: &Sessions,
    list: &ListRequest,
    user_id: Option<&str>,
) -> Result<Value, Refusal> {
    let query = list.query("session/list", &list::FILTER)?;
    let order_by = list.order_by.as_deref();
    let live = sessions
        .live(clock())
        .filter(|(s, _)| user_id.is_none_or(|u| s.user_id == u));
    let page = listing::page(live, |s| list::sort_key(order_by, s), &query)?;
    let items: Vec<Value> = page.items.into_iter().map(state::session_info).collect();
    let mut result = json!({ "sessions": items });
    if user_id.is_none() {
        result["count"] = json!(page.count);
    }
    // Always there, empty on the last page: the official description makes `last` optional,
    // but Pangea's Python SDK requires it in both session list results.
    result["last"] = Value::String(page.last.unwrap_or_default());
    Ok(result)
}

fn listed(result: Value, list: &ListRequest) -> Answer {
    match list.ignored(&list::FILTER, spec::ORDER_BY) {
        None => Answer::success("Listed sessions", result),
        Some(ignored) => Answer::success(&format!("Listed sessions; {ignored}"), result),
    }
}

/// Parses the body of the operation at `path` (such as `/v2/client/token/check`) with its
/// validation table and its request type, as the route does; `None` for a path not of this
/// area. For the property tests.
pub fn parse(path: &str, body: &[u8]) -> Option<Result<(), Refusal>> {
    let parsed = match path {
        "/v2/client/token/check" => {
            validate::parse::<TokenBody>(&spec::TOKEN_CHECK, body).map(drop)
        }
        "/v2/client/session/refresh" => {
            validate::parse::<RefreshBody>(&spec::SESSION_REFRESH, body).map(drop)
        }
        "/v2/client/session/logout" => {
            validate::parse::<TokenBody>(&spec::CLIENT_SESSION_LOGOUT, body).map(drop)
        }
        "/v2/client/session/list" => {
            validate::parse::<ClientListBody>(&spec::CLIENT_SESSION_LIST, body)
                .and_then(|req| req.list.query("session/list", &list::FILTER).map(drop))
        }
        "/v2/client/session/invalidate" => {
            validate::parse::<ClientInvalidateBody>(&spec::CLIENT_SESSION_INVALIDATE, body)
                .map(drop)
        }
        "/v2/client/jwks" => validate::parse::<Value>(&spec::JWKS, body).map(drop),
        "/v2/session/list" => validate::parse::<ListRequest>(&spec::SESSION_LIST, body).map(drop),
        "/v2/session/invalidate" => {
            validate::parse::<InvalidateBody>(&spec::SESSION_INVALIDATE, body).map(drop)
        }
        "/v2/session/logout" => {
            validate::parse::<LogoutBody>(&spec::SESSION_LOGOUT, body).map(drop)
        }
        _ => return None,
    };
    Some(parsed)
}

fn client_list<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: ClientListBody = validate::parse(&spec::CLIENT_SESSION_LIST, call.body)?;
    let mut store = state.store();
    let (sessions, directory) = store.sessions();
    let (_, user_id) = own_session(sessions, directory, &req.token)?;
    Ok(listed(
        page(sessions, &req.list, Some(&user_id))?,
        &req.list,
    ))
}

fn client_invalidate<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: ClientInvalidateBody = validate::parse(&spec::CLIENT_SESSION_INVALIDATE, call.body)?;
    let mut store = state.store();
    let (sessions, directory) = store.sessions();
    let (_, user_id) = own_session(sessions, directory, &req.token)?;
    // Another user's session is not this user's to see: the same answer as no session.
    match sessions.get(&req.session_id) {
        Some(s) if s.user_id == user_id => sessions.end(&req.session_id),
        _ => return Err(no_session()),
    };
    Ok(Answer::success("Session invalidated", Value::Null))
}

fn jwks<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    validate::parse::<Value>(&spec::JWKS, call.body)?;
    let keys = state.store().sessions().0.keys.jwks()?;
    Ok(Answer::success("Public keys", keys))
}

fn admin_list<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: ListRequest = validate::parse(&spec::SESSION_LIST, call.body)?;
    let result = page(state.store().sessions().0, &req, None)?;
    Ok(listed(result, &req))
}

fn admin_invalidate<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: InvalidateBody = validate::parse(&spec::SESSION_INVALIDATE, call.body)?;
    if !state.store().sessions().0.end(&req.session_id) {
        return Err(no_session());
    }
    Ok(Answer::success("Session invalidated", Value::Null))
}

fn admin_logout<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: LogoutBody = validate::parse(&spec::SESSION_LOGOUT, call.body)?;
    let mut store = state.store();
    let (sessions, directory) = store.sessions();
    if directory.account(&req.user_id).is_none() {
        return Err(Refusal::status(
            "UserNotFound",
            format!("There is no user with id {}", req.user_id),
        ));
    }
    sessions.end_user(&req.user_id);
    Ok(Answer::success("User logged out", Value::Null))
}

/// `POST /_emulator/tokens`: what is not given stays.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TokensBody {
    active_life_ms: Option<u64>,
    refresh_life_ms: Option<u64>,
    jwt: Option<bool>,
}

/// `POST /_emulator/keys/rotate`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RotateBody {
    #[serde(default)]
    drop_old: bool,
}

/// An admin body that may be empty, meaning `{}`.
fn optional_body<T: Default + serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Refusal> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    admin_parse(body)
}

fn admin_tokens<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: TokensBody = admin_parse(call.body)?;
    for (value, at) in [
        (req.active_life_ms, "/active_life_ms"),
        (req.refresh_life_ms, "/refresh_life_ms"),
    ] {
        if value == Some(0) {
            return Err(Refusal::invalid(
                "NotWithinRange",
                at,
                "a token life must be at least 1 ms",
            ));
        }
    }
    let mut store = state.store();
    let settings = &mut store.sessions().0.settings;
    if let Some(ms) = req.active_life_ms {
        settings.active_life = Duration::from_millis(ms);
    }
    if let Some(ms) = req.refresh_life_ms {
        settings.refresh_life = Duration::from_millis(ms);
    }
    if let Some(jwt) = req.jwt {
        settings.jwt = jwt;
    }
    Ok(Answer::success_of("Token settings", settings))
}

fn admin_rotate<W: SessionsStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: RotateBody = optional_body(call.body)?;
    let mut store = state.store();
    let keys = &mut store.sessions().0.keys;
    let kid = keys.rotate(req.drop_old)?;
    Ok(Answer::success(
        "Signing key rotated",
        json!({"kid": kid, "jwks": keys.jwks()?}),
    ))
}
