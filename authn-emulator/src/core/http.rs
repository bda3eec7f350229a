//! The HTTP face shared by every area: the routes table, auth, body limits and reading,
//! scripted and random faults, held-back answers and `GET /request/{id}`.
//!
//! An area hands the router a list of [`Route`]s, each a path and a handler that gets the
//! checked-in body and the shared state; everything else (the envelope, auth, faults, limits)
//! happens here, the same for every operation. The state `W` is the emulator's whole store,
//! behind one mutex, so that each operation is atomic; core never looks inside it.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::rejection::PathRejection;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum::routing::{get, post};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde_json::{Value, json};

use super::answer::{Answer, FieldProblem, Refusal, invalid, now};
use super::config::EmulatorConfig;
use super::ids::{new_id, random_unit};
use super::script::{self, AcceptNext, Delay, FailNext, FaultError, Script};

/// Shared by every request: the configuration, the store `W` and the fault machinery.
pub(crate) struct Shared<W> {
    pub config: EmulatorConfig,
    store: Mutex<W>,
    /// Answers held back by fault injection: request id -> (polls left, answer).
    pending: Mutex<HashMap<String, (u32, Answer)>>,
    /// Scripted faults still to happen.
    script: Mutex<Script>,
}

/// The held-back answers are shown by request id only: their results can hold tokens.
impl<W: std::fmt::Debug> std::fmt::Debug for Shared<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `try_lock`, as `Mutex`'s own `Debug` does: never wait, or deadlock, to print.
        let held: Vec<String> = match self.pending.try_lock() {
            Ok(pending) => pending.keys().cloned().collect(),
            Err(_) => vec!["<locked>".into()],
        };
        f.debug_struct("Shared")
            .field("config", &self.config)
            .field("store", &self.store)
            .field("held_back_answers", &held)
            .field("script", &self.script)
            .finish()
    }
}

impl<W> Shared<W> {
    pub fn new(config: EmulatorConfig, store: W) -> Self {
        Self {
            config,
            store: Mutex::new(store),
            pending: Mutex::new(HashMap::new()),
            script: Mutex::new(Script::default()),
        }
    }

    /// The store, locked: the one lock over all state.
    pub fn store(&self) -> MutexGuard<'_, W> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn pending(&self) -> MutexGuard<'_, HashMap<String, (u32, Answer)>> {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn script(&self) -> MutexGuard<'_, Script> {
        self.script.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Forgets every scripted fault, every call count and every held-back answer.
    pub fn reset_faults(&self) {
        self.script().reset();
        self.pending().clear();
    }
}

/// One request, as a handler sees it.
#[derive(Debug)]
pub(crate) struct Call<'a> {
    /// The body, read within the limits.
    pub body: &'a [u8],
    /// The client's address.
    pub peer: Option<SocketAddr>,
}

/// What a route does with a request whose auth, faults and body have passed.
pub(crate) type Handler<W> = fn(&Shared<W>, &Call<'_>) -> Result<Answer, Refusal>;

/// A `POST` route.
pub(crate) struct Route<W> {
    /// Its path, such as `/v2/user/create`.
    pub path: &'static str,
    /// The `operationId` in the description, which scripted faults name; `None` for the
    /// emulator's own routes, which no fault touches.
    pub operation: Option<&'static str>,
    pub handler: Handler<W>,
}

impl<W> Clone for Route<W> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<W> Copy for Route<W> {}

impl<W> std::fmt::Debug for Route<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Route")
            .field("path", &self.path)
            .field("operation", &self.operation)
            .finish()
    }
}

impl<W> Route<W> {
    /// An operation of the description.
    pub const fn operation(path: &'static str, id: &'static str, handler: Handler<W>) -> Self {
        Self {
            path,
            operation: Some(id),
            handler,
        }
    }

    /// An emulator-only route.
    pub const fn admin(path: &'static str, handler: Handler<W>) -> Self {
        Self {
            path,
            operation: None,
            handler,
        }
    }
}

/// Decodes an emulator-only request body (no description to check it against).
pub(crate) fn admin_parse<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Refusal> {
    serde_json::from_slice(body).map_err(|e| {
        Refusal::invalid(
            "InvalidObject",
            "",
            format!("not a valid emulator request: {e}"),
        )
    })
}

/// The fault routes under `/_emulator/faults/`.
pub(crate) fn fault_routes<W>() -> Vec<Route<W>> {
    vec![
        Route::admin("/_emulator/faults/fail", fault_fail),
        Route::admin("/_emulator/faults/delay", fault_delay),
        Route::admin("/_emulator/faults/accept", fault_accept),
        Route::admin("/_emulator/faults/reset", fault_reset),
    ]
}

fn fault_fail<W>(state: &Shared<W>, call: &Call<'_>) -> Result<Answer, Refusal> {
    let req: FailNext = admin_parse(call.body)?;
    let mut script = state.script();
    script.fail(req).map_err(fault_refused)?;
    Ok(Answer::success("Failure scripted", script_json(&script)))
}

fn fault_delay<W>(state: &Shared<W>, call: &Call<'_>) -> Result<Answer, Refusal> {
    let req: Delay = admin_parse(call.body)?;
    let mut script = state.script();
    script.delay(req).map_err(fault_refused)?;
    Ok(Answer::success("Delay scripted", script_json(&script)))
}

fn fault_accept<W>(state: &Shared<W>, call: &Call<'_>) -> Result<Answer, Refusal> {
    let req: AcceptNext = admin_parse(call.body)?;
    let mut script = state.script();
    script.accept(req).map_err(fault_refused)?;
    Ok(Answer::success("Acceptance scripted", script_json(&script)))
}

fn fault_reset<W>(state: &Shared<W>, _: &Call<'_>) -> Result<Answer, Refusal> {
    state.reset_faults();
    Ok(Answer::success(
        "Faults reset",
        script_json(&state.script()),
    ))
}

fn script_json(script: &Script) -> Value {
    serde_json::to_value(script).unwrap_or(Value::Null)
}

fn fault_refused(error: FaultError) -> Refusal {
    let (source, code) = error.field();
    Refusal::invalid(code, source, error.to_string())
}

/// A scripted failure's answer. A `ValidationError` carries one field error, as Pangea's
/// always do (`result.errors` has `minItems: 1` in the official description); `BadState` is
/// a code of its list that names no field in particular.
fn scripted_failure(status: u16, retry_after: Option<u64>) -> Answer {
    const SUMMARY: &str = "Scripted fault (see /_emulator/faults)";
    let http = StatusCode::from_u16(status).unwrap_or(StatusCode::SERVICE_UNAVAILABLE);
    let pangea_status = script::status_text(status);
    let mut answer = Answer::failure(http, pangea_status, SUMMARY);
    if pangea_status == "ValidationError" {
        answer.result = serde_json::json!({
            "errors": [{"code": "BadState", "detail": SUMMARY, "source": "/"}]
        });
    }
    Answer {
        retry_after,
        ..answer
    }
}

/// Counts a call of `operation`, waits any scripted delay, and returns a scripted failure if
/// one is due.
async fn scripted<W>(state: &Shared<W>, operation: &str) -> Option<Answer> {
    let on_call = state.script().on_call(operation);
    if !on_call.delay.is_zero() {
        tokio::time::sleep(on_call.delay).await;
    }
    on_call
        .fail
        .map(|(status, retry_after)| scripted_failure(status, retry_after))
}

fn authorized<W>(state: &Shared<W>, headers: &HeaderMap) -> bool {
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

async fn handle<W>(
    state: Arc<Shared<W>>,
    route: Route<W>,
    peer: Option<SocketAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let request_time = now();
    let request_id = new_id("prq");
    let answer = answer(&state, route, peer, &headers, body).await;
    tracing::debug!(route = route.path, http.status = answer.http.as_u16(), status = %answer.status, request_id, "answered");
    // Fault injection: hold a finished answer back behind a 202 until it is polled enough,
    // as the script says or at the configured rate.
    if answer.http == StatusCode::OK {
        let scripted = route
            .operation
            .and_then(|id| state.script().take_accept(id));
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

async fn answer<W>(
    state: &Shared<W>,
    route: Route<W>,
    peer: Option<SocketAddr>,
    headers: &HeaderMap,
    body: Body,
) -> Answer {
    if !authorized(state, headers) {
        return reject(state, headers, body, unauthorized()).await;
    }
    if let Some(id) = route.operation
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
    let call = Call { body: &body, peer };
    match (route.handler)(state, &call) {
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
async fn reject<W>(state: &Shared<W>, headers: &HeaderMap, body: Body, answer: Answer) -> Answer {
    let drained = drain(state, headers, body).await;
    answer.closing(!drained)
}

/// Reads a body that is not needed to its end, within the limits; `false` if it could not be.
async fn drain<W>(state: &Shared<W>, headers: &HeaderMap, body: Body) -> bool {
    read_body(state, headers, body).await.is_ok()
}

/// Reads the body within the size limit and the body timeout. A `Content-Length` over the limit
/// is refused before a byte is read; without one (chunked), or when it lies, the limit still
/// holds, as counted on the bytes received.
async fn read_body<W>(state: &Shared<W>, headers: &HeaderMap, body: Body) -> Result<Bytes, Answer> {
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
async fn poll<W>(
    State(state): State<Arc<Shared<W>>>,
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
async fn faults_view<W>(
    State(state): State<Arc<Shared<W>>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let answer = if authorized(&state, &headers) {
        Answer::success("Scripted faults", script_json(&state.script()))
    } else {
        unauthorized()
    };
    answer_early(&state, &headers, body, answer).await
}

/// Answers a request that needs no body with `answer` and a new request id, once its body is
/// drained.
async fn answer_early<W>(
    state: &Shared<W>,
    headers: &HeaderMap,
    body: Body,
    answer: Answer,
) -> Response {
    let request_time = now();
    reject(state, headers, body, answer)
        .await
        .into_response(&new_id("prq"), &request_time)
}

async fn not_found<W>(
    State(state): State<Arc<Shared<W>>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let answer = Answer::failure(
        StatusCode::NOT_FOUND,
        "NotFound",
        "There is no such endpoint",
    );
    answer_early(&state, &headers, body, answer).await
}

/// A known path with another method: a Pangea-shaped 405 (axum adds the `Allow` header), not
/// axum's empty default.
async fn method_not_allowed<W>(
    State(state): State<Arc<Shared<W>>>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let answer = Answer::failure(
        StatusCode::METHOD_NOT_ALLOWED,
        "MethodNotAllowed",
        "This endpoint does not accept this HTTP method",
    );
    answer_early(&state, &headers, body, answer).await
}

/// The router: the areas' routes, the fault routes, `GET /request/{id}`, `GET
/// /_emulator/faults`, and a Pangea-shaped 404 and 405.
pub(crate) fn router<W: Send + 'static>(state: Arc<Shared<W>>, routes: Vec<Route<W>>) -> Router {
    let mut router = Router::new();
    for route in routes.into_iter().chain(fault_routes()) {
        router = router.route(
            route.path,
            post(
                move |State(state): State<Arc<Shared<W>>>,
                      ConnectInfo(peer): ConnectInfo<SocketAddr>,
                      headers: HeaderMap,
                      body: Body| async move {
                    handle(state, route, Some(peer), headers, body).await
                },
            ),
        );
    }
    router
        .route("/request/{request_id}", get(poll::<W>))
        .route("/_emulator/faults", get(faults_view::<W>))
        // After every route: it applies to the routes already added.
        .method_not_allowed_fallback(method_not_allowed::<W>)
        .fallback(not_found::<W>)
        .with_state(state)
}
