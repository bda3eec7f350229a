//! The HTTP face of the emulator: routes, the Pangea envelope, auth, faults and admin routes.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use authn_api::types::{self, KnownAuthenticatorType};
use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::rejection::PathRejection;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{SecondsFormat, Utc};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::config::EmulatorConfig;
use crate::ids::{new_id, random_unit};
use crate::list::ListQuery;
use crate::script::{self, AcceptNext, Delay, FailNext, FaultError, Script};
use crate::state::StateError;
use crate::store::{FieldProblem, Refusal, Selector, Store};
use crate::validate::{self, BodySpec};

/// Shared by every request.
#[derive(Debug)]
pub(crate) struct AppState {
    pub config: EmulatorConfig,
    pub store: Mutex<Store>,
    /// Answers held back by fault injection: request id -> (polls left, answer).
    pub pending: Mutex<HashMap<String, (u32, Answer)>>,
    /// Scripted faults still to happen.
    pub script: Mutex<Script>,
}

impl AppState {
    pub fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn pending(&self) -> MutexGuard<'_, HashMap<String, (u32, Answer)>> {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn script(&self) -> MutexGuard<'_, Script> {
        self.script.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Writes the store to the state file, atomically; returns the file.
    pub fn save_state(&self) -> Result<std::path::PathBuf, StateError> {
        let path = self
            .config
            .state_file
            .as_ref()
            .ok_or(StateError::NoStateFile)?;
        // The copy is taken under the lock; the file is written without it.
        let snapshot = self.store().snapshot();
        crate::state::save(path, &snapshot)?;
        Ok(path.clone())
    }

    /// Forgets every scripted fault, every call count and every held-back answer.
    pub fn reset_faults(&self) {
        self.script().reset();
        self.pending().clear();
    }
}

/// What an operation answers, before it is wrapped in the envelope.
///
/// The three calls with an empty result (`user/delete`, `user/authenticators/delete`,
/// `client/password/change`) answer `"result": null`, as Pangea's live service does (see the
/// README); Pangea's description says `{}`, and the SDK takes both.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    http: StatusCode,
    status: String,
    summary: String,
    result: Value,
    /// Whether the answer says `Connection: close`: the request's body was not read to its end.
    close: bool,
    /// The `Retry-After` header, in seconds, of a scripted failure.
    retry_after: Option<u64>,
}

impl Answer {
    fn new(http: StatusCode, status: &str, summary: impl Into<String>, result: Value) -> Self {
        Answer {
            http,
            status: status.into(),
            summary: summary.into(),
            result,
            close: false,
            retry_after: None,
        }
    }

    fn success(summary: &str, result: Value) -> Self {
        Answer::new(StatusCode::OK, "Success", summary, result)
    }

    fn from_refusal(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Status { status, summary } => {
                Answer::new(StatusCode::OK, status, summary, Value::Null)
            }
            Refusal::Invalid(problems) => invalid(problems),
        }
    }

    fn failure(http: StatusCode, status: &str, summary: &str) -> Self {
        Answer::new(http, status, summary, Value::Null)
    }

    /// The answer, saying `Connection: close` if `close`.
    fn closing(self, close: bool) -> Self {
        Answer {
            close: self.close || close,
            ..self
        }
    }

    /// Wraps the answer in the envelope, with `x-request-id`.
    fn into_response(self, request_id: &str, request_time: &str) -> Response {
        let body = Envelope {
            request_id,
            request_time,
            response_time: &now(),
            status: &self.status,
            summary: &self.summary,
            result: &self.result,
        };
        let mut response = (self.http, axum::Json(body)).into_response();
        if let Ok(value) = HeaderValue::from_str(request_id) {
            response.headers_mut().insert("x-request-id", value);
        }
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        // The body was not read to its end: the connection cannot carry another request.
        if self.close
            || matches!(
                self.http,
                StatusCode::PAYLOAD_TOO_LARGE | StatusCode::REQUEST_TIMEOUT
            )
        {
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        response
    }
}

/// The envelope, its fields in the order Pangea sends them (`status` before `result`; see the
/// recorded answers in `authn-api/tests/recorded`). A `json!` map would sort them, putting
/// `result` first.
#[derive(serde::Serialize)]
struct Envelope<'a> {
    request_id: &'a str,
    request_time: &'a str,
    response_time: &'a str,
    status: &'a str,
    summary: &'a str,
    result: &'a Value,
}

fn invalid(problems: Vec<FieldProblem>) -> Answer {
    let count = problems.len();
    let errors: Vec<Value> = problems
        .into_iter()
        .map(|p| json!({"code": p.code, "detail": p.detail, "source": p.source}))
        .collect();
    Answer::new(
        StatusCode::BAD_REQUEST,
        "ValidationError",
        format!("There was {count} error(s) in the given payload"),
        json!({ "errors": errors }),
    )
}

fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// The operations, and what each one does with its checked body.
#[derive(Debug, Clone, Copy)]
enum Operation {
    Userinfo,
    PasswordChange,
    UserCreate,
    UserDelete,
    UserList,
    UserUpdate,
    ProfileGet,
    ProfileUpdate,
    AuthenticatorsDelete,
    AuthenticatorsList,
    AdminPassword,
    AdminLoginCode,
    AdminAuthenticator,
    AdminFail,
    AdminDelay,
    AdminAccept,
    AdminReset,
    AdminSnapshot,
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

fn user_json(user: &types::User) -> Value {
    serde_json::to_value(user).unwrap_or(Value::Null)
}

fn admin_parse<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Refusal> {
    serde_json::from_slice(body).map_err(|e| {
        Refusal::Invalid(vec![FieldProblem::new(
            "InvalidObject",
            "",
            format!("not a valid emulator request: {e}"),
        )])
    })
}

impl Operation {
    fn spec(self) -> Option<BodySpec> {
        Some(match self {
            Operation::Userinfo => validate::USERINFO,
            Operation::PasswordChange => validate::PASSWORD_CHANGE,
            Operation::UserCreate => validate::USER_CREATE,
            Operation::UserDelete | Operation::ProfileGet | Operation::AuthenticatorsList => {
                validate::USER_SELECTOR
            }
            Operation::UserList => validate::USER_LIST,
            Operation::UserUpdate => validate::USER_UPDATE,
            Operation::ProfileUpdate => validate::PROFILE_UPDATE,
            Operation::AuthenticatorsDelete => validate::AUTHENTICATOR_DELETE,
            Operation::AdminPassword
            | Operation::AdminLoginCode
            | Operation::AdminAuthenticator
            | Operation::AdminFail
            | Operation::AdminDelay
            | Operation::AdminAccept
            | Operation::AdminReset
            | Operation::AdminSnapshot => return None,
        })
    }

    /// The `operationId` in the description, which scripted faults name; `None` for the
    /// emulator's own routes, which no fault touches.
    fn id(self) -> Option<&'static str> {
        Some(match self {
            Operation::Userinfo => "client_userinfo",
            Operation::PasswordChange => "client_password_change",
            Operation::UserCreate => "user_create",
            Operation::UserDelete => "user_delete",
            Operation::UserList => "user_list",
            Operation::UserUpdate => "user_update",
            Operation::ProfileGet => "user_profile_get",
            Operation::ProfileUpdate => "user_profile_update",
            Operation::AuthenticatorsDelete => "user_authenticators_delete",
            Operation::AuthenticatorsList => "user_authenticators_list",
            _ => return None,
        })
    }

    fn run(
        self,
        state: &AppState,
        body: &[u8],
        peer: Option<SocketAddr>,
    ) -> Result<Answer, Refusal> {
        let spec = self.spec();
        let parse = |spec: Option<BodySpec>| spec.unwrap_or(validate::USER_SELECTOR);
        Ok(match self {
            Operation::Userinfo => {
                let req: types::UserinfoRequest = validate::parse(&parse(spec), body)?;
                let ip = peer.map(|p| p.ip().to_string());
                let info = state.store().userinfo(req.code.expose_secret(), ip)?;
                Answer::success(
                    "Login success",
                    serde_json::to_value(&info).unwrap_or(Value::Null),
                )
            }
            Operation::PasswordChange => {
                let req: types::PasswordChangeRequest = validate::parse(&parse(spec), body)?;
                state.store().change_password(
                    req.token.expose_secret(),
                    req.old_password.expose_secret(),
                    req.new_password.expose_secret(),
                )?;
                Answer::success("Password changed", Value::Null)
            }
            Operation::UserCreate => {
                let req: types::UserCreateRequest = validate::parse(&parse(spec), body)?;
                let user = state.store().create_user(
                    req.email.as_str(),
                    req.username.as_ref().map(|u| u.as_str()),
                    req.profile.0,
                )?;
                Answer::success("User created", user_json(&user))
            }
            Operation::UserDelete => {
                let req: types::UserSelector = validate::parse(&parse(spec), body)?;
                state.store().delete_user(&req.into())?;
                Answer::success("User deleted", Value::Null)
            }
            Operation::UserList => {
                let req: types::UserListRequest = validate::parse(&parse(spec), body)?;
                let order_by = req.order_by.clone();
                let query = ListQuery::from_request(req)?;
                let page = state.store().list_users(&query)?;
                let mut result = json!({"users": page.users, "count": page.count});
                if let Some(last) = page.last {
                    result["last"] = Value::String(last);
                }
                match crate::list::ignored(&query.filter, order_by.as_ref()) {
                    None => Answer::success("Listed users", result),
                    Some(ignored) => Answer::success(&format!("Listed users; {ignored}"), result),
                }
            }
            Operation::UserUpdate => {
                let req: types::UserUpdateRequest = validate::parse(&parse(spec), body)?;
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
                        .update_user(&selector, disabled, unlock, phone.map(|p| p.0))?;
                Answer::success("User updated", user_json(&user))
            }
            Operation::ProfileGet => {
                let req: types::UserSelector = validate::parse(&parse(spec), body)?;
                let user = state.store().get_user(&req.into())?;
                Answer::success("User found", user_json(&user))
            }
            Operation::ProfileUpdate => {
                let req: types::ProfileUpdateRequest = validate::parse(&parse(spec), body)?;
                let (selector, profile) = match req {
                    types::ProfileUpdateRequest::Id { id, profile } => {
                        (Selector::Id(id.into()), profile)
                    }
                    types::ProfileUpdateRequest::Email { email, profile } => {
                        (Selector::Email(email.into()), profile)
                    }
                    types::ProfileUpdateRequest::Username { username, profile } => {
                        (Selector::Username(username.into()), profile)
                    }
                };
                let user = state.store().update_profile(&selector, profile.0)?;
                Answer::success("Profile updated", user_json(&user))
            }
            Operation::AuthenticatorsDelete => {
                let req: types::AuthenticatorDeleteRequest = validate::parse(&parse(spec), body)?;
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
                state.store().delete_authenticator(&selector, id.as_str())?;
                Answer::success("Authenticator deleted", Value::Null)
            }
            Operation::AuthenticatorsList => {
                let req: types::UserSelector = validate::parse(&parse(spec), body)?;
                let list = state.store().authenticators(&req.into())?;
                Answer::success("Listed authenticators", json!({ "authenticators": list }))
            }
            Operation::AdminPassword => {
                let req: AdminPassword = admin_parse(body)?;
                state
                    .store()
                    .set_password(&req.user.into(), &req.password)?;
                Answer::success("Password set", json!({}))
            }
            Operation::AdminLoginCode => {
                let req: types::UserSelector = admin_parse(body)?;
                let code = state.store().mint_login_code(&req.into())?;
                Answer::success("Login code minted", json!({ "code": code }))
            }
            Operation::AdminAuthenticator => {
                let req: AdminAuthenticator = admin_parse(body)?;
                let added = state
                    .store()
                    .add_authenticator(&req.user.into(), req.kind)?;
                Answer::success(
                    "Authenticator added",
                    serde_json::to_value(&added).unwrap_or(Value::Null),
                )
            }
            Operation::AdminFail => {
                let req: FailNext = admin_parse(body)?;
                let mut script = state.script();
                script.fail(req).map_err(fault_refused)?;
                Answer::success("Failure scripted", script_json(&script))
            }
            Operation::AdminDelay => {
                let req: Delay = admin_parse(body)?;
                let mut script = state.script();
                script.delay(req).map_err(fault_refused)?;
                Answer::success("Delay scripted", script_json(&script))
            }
            Operation::AdminAccept => {
                let req: AcceptNext = admin_parse(body)?;
                let mut script = state.script();
                script.accept(req).map_err(fault_refused)?;
                Answer::success("Acceptance scripted", script_json(&script))
            }
            Operation::AdminSnapshot => match state.save_state() {
                Ok(path) => {
                    Answer::success("State saved", json!({ "file": path.display().to_string() }))
                }
                Err(StateError::NoStateFile) => Answer::failure(
                    StatusCode::CONFLICT,
                    "NoStateFile",
                    "The emulator was started without a state file (--state FILE)",
                ),
                Err(e) => Answer::failure(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "InternalError",
                    &format!("The state could not be saved: {e}"),
                ),
            },
            Operation::AdminReset => {
                state.reset_faults();
                Answer::success("Faults reset", script_json(&state.script()))
            }
        })
    }
}

fn script_json(script: &Script) -> Value {
    serde_json::to_value(script).unwrap_or(Value::Null)
}

fn fault_refused(error: FaultError) -> Refusal {
    let (source, code) = error.field();
    Refusal::Invalid(vec![FieldProblem::new(code, source, error.to_string())])
}

/// A scripted failure's answer.
fn scripted_failure(status: u16, retry_after: Option<u64>) -> Answer {
    let http = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    Answer {
        retry_after,
        ..Answer::failure(
            http,
            script::status_text(status),
            "Scripted fault (see /_emulator/faults)",
        )
    }
}

/// Counts a call of `operation`, waits any scripted delay, and returns a scripted failure if
/// one is due.
async fn scripted(state: &AppState, operation: &str) -> Option<Answer> {
    let on_call = state.script().on_call(operation);
    if !on_call.delay.is_zero() {
        tokio::time::sleep(on_call.delay).await;
    }
    on_call
        .fail
        .map(|(status, retry_after)| scripted_failure(status, retry_after))
}

fn authorized(state: &AppState, headers: &HeaderMap) -> bool {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|token| token == state.config.token)
}

/// No `Content-Type` is taken as JSON; one that is not text (bytes over 0x7f) is not JSON.
fn is_json(headers: &HeaderMap) -> bool {
    match headers.get(header::CONTENT_TYPE).map(|v| v.to_str()) {
        None => true,
        Some(Err(_)) => false,
        Some(Ok(value)) => {
            let media = value.split(';').next().unwrap_or("").trim();
            media.eq_ignore_ascii_case("application/json")
        }
    }
}

async fn handle(
    state: Arc<AppState>,
    operation: Operation,
    peer: Option<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let request_time = now();
    let request_id = new_id("prq");
    let answer = answer(&state, operation, peer, &headers, body).await;
    tracing::debug!(?operation, http.status = answer.http.as_u16(), status = %answer.status, request_id, "answered");
    // Fault injection: hold a finished answer back behind a 202 until it is polled enough,
    // as the script says or at the configured rate.
    if answer.http == StatusCode::OK {
        let scripted = operation.id().and_then(|id| state.script().take_accept(id));
        let faults = &state.config.faults;
        let random = (faults.accept_rate > 0.0 && random_unit() < faults.accept_rate)
            .then_some(faults.accept_polls);
        if let Some(polls) = scripted.or(random) {
            state.pending().insert(request_id.clone(), (polls, answer));
            return accepted(&request_id).into_response(&request_id, &request_time);
        }
    }
    answer.into_response(&request_id, &request_time)
}

fn accepted(request_id: &str) -> Answer {
    Answer::new(
        StatusCode::ACCEPTED,
        "Accepted",
        "Your request is in progress",
        json!({"ttl_mins": 60, "retry_counter": 0, "location": format!("/request/{request_id}")}),
    )
}

async fn answer(
    state: &AppState,
    operation: Operation,
    peer: Option<SocketAddr>,
    headers: &HeaderMap,
    body: Body,
) -> Answer {
    if !authorized(state, headers) {
        return reject(state, headers, body, unauthorized()).await;
    }
    if let Some(id) = operation.id()
        && let Some(failure) = scripted(state, id).await
    {
        return reject(state, headers, body, failure).await;
    }
    let faults = &state.config.faults;
    if !faults.latency.is_zero() {
        tokio::time::sleep(faults.latency).await;
    }
    if faults.error_rate > 0.0 && random_unit() < faults.error_rate {
        let status =
            StatusCode::from_u16(faults.error_status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
        let answer = Answer::failure(
            status,
            "ServiceNotAvailable",
            "Injected fault: the service is unavailable",
        );
        return reject(state, headers, body, answer).await;
    }
    if !is_json(headers) {
        let answer = Answer::failure(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "UnsupportedMediaType",
            "The request body must be application/json",
        );
        return reject(state, headers, body, answer).await;
    }
    let body = match read_body(state, headers, body).await {
        Ok(body) => body,
        Err(answer) => return answer,
    };
    match operation.run(state, &body, peer) {
        Ok(answer) => answer,
        Err(refusal) => Answer::from_refusal(refusal),
    }
}

fn unauthorized() -> Answer {
    Answer::failure(
        StatusCode::UNAUTHORIZED,
        "Unauthorized",
        "Not authorized to access this resource",
    )
}

/// Answers a request refused before its body was needed, once the body is read to its end and
/// dropped, within the same limits as a body that is used. A client may still be sending a
/// large body when the answer is ready: closing then would reset the connection under it and
/// lose the answer, and not reading would leave the connection unusable. A body that cannot
/// be read within the limits gets the answer with `Connection: close`.
async fn reject(state: &AppState, headers: &HeaderMap, body: Body, answer: Answer) -> Answer {
    let drained = drain(state, headers, body).await;
    answer.closing(!drained)
}

/// Reads a body that is not needed to its end, within the limits; `false` if it could not be.
async fn drain(state: &AppState, headers: &HeaderMap, body: Body) -> bool {
    read_body(state, headers, body).await.is_ok()
}

/// Reads the body within the size limit and the body timeout. A `Content-Length` over the limit
/// is refused before a byte is read; without one (chunked), or when it lies, the limit still
/// holds, as counted on the bytes received.
async fn read_body(state: &AppState, headers: &HeaderMap, body: Body) -> Result<Bytes, Answer> {
    let limit = state.config.max_body_bytes;
    let too_large = || {
        Answer::failure(
            StatusCode::PAYLOAD_TOO_LARGE,
            "PayloadTooLarge",
            &format!("The request body is larger than {limit} bytes"),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > u64::try_from(limit).unwrap_or(u64::MAX)) {
        return Err(too_large());
    }
    let read = Limited::new(body, limit).collect();
    match tokio::time::timeout(state.config.body_timeout, read).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
        Ok(Err(_)) => Err(invalid(vec![FieldProblem::new(
            "InvalidObject",
            "",
            "the request body could not be read",
        )])),
        Err(_) => Err(Answer::failure(
            StatusCode::REQUEST_TIMEOUT,
            "RequestTimeout",
            "The request body was not received in time",
        )),
    }
}

/// `GET /request/{id}`. A held-back answer keeps the id of the request it answers; a refusal
/// (401, or 404 for an id that is not pending) is an answer of its own, with a new id, so that a
/// garbage id is never echoed as a `request_id` or an `x-request-id`.
async fn poll(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    request_id: Result<Path<String>, PathRejection>,
    body: Body,
) -> Response {
    let request_time = now();
    // A poll has no body; one that was sent anyway is read and dropped, as for early refusals.
    let close = !drain(&state, &headers, body).await;
    let refused = |answer: Answer| {
        answer
            .closing(close)
            .into_response(&new_id("prq"), &request_time)
    };
    if !authorized(&state, &headers) {
        return refused(unauthorized());
    }
    if let Some(failure) = scripted(&state, "request_poll").await {
        return refused(failure);
    }
    let not_pending = || {
        Answer::failure(
            StatusCode::NOT_FOUND,
            "NotFound",
            "There is no pending request with this id",
        )
    };
    // An id that does not decode (percent-encoded bytes that are not UTF-8) is no pending id.
    let Ok(Path(request_id)) = request_id else {
        return refused(not_pending());
    };
    let mut pending = state.pending();
    let Some((polls_left, _)) = pending.get_mut(&request_id) else {
        drop(pending);
        return refused(not_pending());
    };
    if *polls_left > 1 {
        *polls_left -= 1;
        drop(pending);
        return accepted(&request_id)
            .closing(close)
            .into_response(&request_id, &request_time);
    }
    let answer = pending.remove(&request_id).map(|(_, a)| a);
    drop(pending);
    match answer {
        Some(answer) => answer
            .closing(close)
            .into_response(&request_id, &request_time),
        None => refused(not_pending()),
    }
}

/// `GET /_emulator/faults`: the scripted faults still to happen, and the calls counted.
async fn faults_view(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let request_time = now();
    let answer = if authorized(&state, &headers) {
        Answer::success("Scripted faults", script_json(&state.script()))
    } else {
        unauthorized()
    };
    reject(&state, &headers, body, answer)
        .await
        .into_response(&new_id("prq"), &request_time)
}

async fn not_found(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Body) -> Response {
    let request_time = now();
    let answer = Answer::failure(
        StatusCode::NOT_FOUND,
        "NotFound",
        "There is no such endpoint",
    );
    reject(&state, &headers, body, answer)
        .await
        .into_response(&new_id("prq"), &request_time)
}

/// A known path with another method: a Pangea-shaped 405 (axum adds the `Allow` header), not
/// axum's empty default.
async fn method_not_allowed(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let request_time = now();
    let answer = Answer::failure(
        StatusCode::METHOD_NOT_ALLOWED,
        "MethodNotAllowed",
        "This endpoint does not accept this HTTP method",
    );
    reject(&state, &headers, body, answer)
        .await
        .into_response(&new_id("prq"), &request_time)
}

/// The router: the eleven operations, the admin routes, and a Pangea-shaped 404 and 405.
pub(crate) fn router(state: Arc<AppState>) -> Router {
    let route = |operation: Operation| {
        post(
            move |State(state): State<Arc<AppState>>,
                  ConnectInfo(peer): ConnectInfo<SocketAddr>,
                  headers: HeaderMap,
                  body: Body| async move {
                handle(state, operation, Some(peer), headers, body).await
            },
        )
    };
    Router::new()
        .route("/v2/client/userinfo", route(Operation::Userinfo))
        .route(
            "/v2/client/password/change",
            route(Operation::PasswordChange),
        )
        .route("/v2/user/create", route(Operation::UserCreate))
        .route("/v2/user/delete", route(Operation::UserDelete))
        .route("/v2/user/list", route(Operation::UserList))
        .route("/v2/user/update", route(Operation::UserUpdate))
        .route("/v2/user/profile/get", route(Operation::ProfileGet))
        .route("/v2/user/profile/update", route(Operation::ProfileUpdate))
        .route(
            "/v2/user/authenticators/delete",
            route(Operation::AuthenticatorsDelete),
        )
        .route(
            "/v2/user/authenticators/list",
            route(Operation::AuthenticatorsList),
        )
        .route("/request/{request_id}", get(poll))
        .route("/_emulator/password", route(Operation::AdminPassword))
        .route("/_emulator/login-code", route(Operation::AdminLoginCode))
        .route(
            "/_emulator/authenticators",
            route(Operation::AdminAuthenticator),
        )
        .route("/_emulator/faults", get(faults_view))
        .route("/_emulator/faults/fail", route(Operation::AdminFail))
        .route("/_emulator/faults/delay", route(Operation::AdminDelay))
        .route("/_emulator/faults/accept", route(Operation::AdminAccept))
        .route("/_emulator/faults/reset", route(Operation::AdminReset))
        .route("/_emulator/snapshot", route(Operation::AdminSnapshot))
        // After every route: it applies to the routes already added.
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(not_found)
        .with_state(state)
}
