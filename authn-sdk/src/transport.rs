//! How each request travels: retries, 202 polling, bounded bodies and a tracing span per
//! attempt. Plugged into the generated client through `authn_api::hooks::Executor`.
//!
//! A final answer (no retry or poll follows, named by `x-request-id`, `Content-Length` within
//! the limit) goes to the generated code unread. Any other answer is read in full here (up to
//! the configured limit), so that retries and polls can use its body, an oversized one is cut
//! short, and the caller never holds a connection open. What the generated code cannot carry
//! (the HTTP status of an undecodable body, an oversized body, the attempts made) is written to
//! the [`CallRecord`] of the call in progress.

use std::cell::RefCell;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use authn_api::hooks::{ExecFuture, Executor};
use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use tracing::Instrument;

use crate::retry::{self, Decision, Outcome, RetryPolicy};

/// The header Pangea's SDKs send on a retry, listing the request ids of earlier attempts.
pub const RETRIED_REQUEST_IDS: &str = "x-pangea-retried-request-ids";

/// The header progenitor adds to every request, which the transport takes out again.
const GENERATED_API_VERSION: HeaderName = HeaderName::from_static("api-version");

/// What the transport learnt about the call in progress.
#[derive(Debug, Default, Clone)]
pub(crate) struct CallRecord {
    /// The HTTP status of the last answer.
    pub http_status: Option<u16>,
    /// The `x-request-id` (or envelope `request_id`) of the last answer.
    pub request_id: Option<String>,
    /// Set when a body was cut at this many bytes.
    pub oversized: Option<usize>,
    /// How many HTTP attempts were made (polls excluded).
    pub attempts: u32,
    /// How many polls of `request/{id}` were made.
    pub polls: u32,
    /// The body of the last answer with an HTTP error status (4xx, 5xx): the generated code
    /// decodes it into its typed error envelope, which keeps only the `errors` of `result`, and
    /// the call keeps the rest from here.
    pub error_body: Option<Bytes>,
}

tokio::task_local! {
    /// The record of the call running on this task, set by `call::run`. Only the call's own
    /// task touches it, so a `RefCell` is enough.
    pub(crate) static CALL: RefCell<CallRecord>;
}

/// Updates the record of the SDK call running on this task, if any (a request of the
/// generated client itself, through `AuthN::api`, has none).
fn record(update: impl FnOnce(&mut CallRecord)) {
    let _ = CALL.try_with(|call| {
        if let Ok(mut record) = call.try_borrow_mut() {
            update(&mut record);
        }
    });
}

/// The executor the SDK plugs into the generated client.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    pub policy: RetryPolicy,
    /// The timeout to set on each attempt, when the `reqwest::Client` does not apply it.
    pub timeout: Option<Duration>,
    pub max_response_bytes: usize,
    pub poll_accepted: bool,
    pub poll_timeout: Duration,
    pub poll_base_delay: Duration,
    /// The base URL, to build `request/{id}` poll URLs.
    pub base_url: String,
    /// Headers the SDK owns (`Authorization`, `User-Agent`): always set.
    pub sdk_headers: HeaderMap,
    /// The caller's extra headers: set unless the request already has one of that name.
    pub extra_headers: HeaderMap,
}

/// The header that names each answer.
const REQUEST_ID: &str = "x-request-id";

/// The delay a `Retry-After` header asks for, if any.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    retry::parse_retry_after(value, SystemTime::now())
}

/// One answer, read in full.
struct Answer {
    status: reqwest::StatusCode,
    version: reqwest::Version,
    headers: HeaderMap,
    url: reqwest::Url,
    body: Bytes,
}

impl Answer {
    fn request_id(&self) -> Option<String> {
        if let Some(id) = self.headers.get(REQUEST_ID).and_then(|v| v.to_str().ok()) {
            return Some(id.to_string());
        }
        #[derive(serde::Deserialize)]
        struct Id {
            request_id: String,
        }
        serde_json::from_slice::<Id>(&self.body)
            .ok()
            .map(|id| id.request_id)
    }

    fn is_accepted(&self) -> bool {
        #[derive(serde::Deserialize)]
        struct Status {
            status: String,
        }
        self.status == reqwest::StatusCode::ACCEPTED
            && serde_json::from_slice::<Status>(&self.body).is_ok_and(|s| s.status == "Accepted")
    }

    fn retry_after(&self) -> Option<Duration> {
        retry_after(&self.headers)
    }

    fn into_response(self) -> reqwest::Response {
        use reqwest::ResponseBuilderExt;
        let mut builder = http::Response::builder()
            .status(self.status)
            .version(self.version)
            .url(self.url);
        if let Some(headers) = builder.headers_mut() {
            *headers = self.headers;
        }
        match builder.body(self.body) {
            Ok(response) => reqwest::Response::from(response),
            // Unreachable: status and headers come from a valid response.
            Err(_) => reqwest::Response::from(http::Response::new(Bytes::new())),
        }
    }
}

impl Transport {
    /// Sets the SDK's headers and the caller's extra ones.
    fn apply_headers(&self, headers: &mut HeaderMap) {
        for (name, value) in &self.extra_headers {
            if !headers.contains_key(name) {
                headers.insert(name.clone(), value.clone());
            }
        }
        for (name, value) in &self.sdk_headers {
            headers.insert(name.clone(), value.clone());
        }
    }

    /// Sends one attempt, with the per-attempt timeout when the client does not apply one.
    /// A plain function returning reqwest's future, so that no copy of the request is kept.
    fn send(
        &self,
        client: &reqwest::Client,
        mut request: reqwest::Request,
    ) -> impl Future<Output = reqwest::Result<reqwest::Response>> + Send + use<> {
        if let Some(timeout) = self.timeout {
            *request.timeout_mut() = Some(timeout);
        }
        client.execute(request)
    }

    /// Reads an answer in full, up to the limit.
    async fn read(&self, mut response: reqwest::Response) -> reqwest::Result<Answer> {
        let body = self.read_body(&mut response).await?;
        Ok(Answer {
            status: response.status(),
            version: response.version(),
            url: response.url().clone(),
            headers: std::mem::take(response.headers_mut()),
            body,
        })
    }

    /// Whether an answer can go to the generated code unread: no retry or poll follows
    /// whatever its body says, it is no failure (whose body the call keeps whole),
    /// `Content-Length` shows it within the limit, and `x-request-id` names it. That is almost
    /// every answer; reading and rebuilding it would only cost time.
    fn is_final(&self, response: &reqwest::Response, retryable: bool, retries_done: u32) -> bool {
        let status = response.status();
        let retried = retryable && {
            let outcome = Outcome::Status {
                status: status.as_u16(),
                retry_after: retry_after(response.headers()),
            };
            // Only whether a retry follows matters here, not its delay: no jitter.
            retry::decide(&self.policy, retries_done, outcome, 0.0) != Decision::Stop
        };
        status.as_u16() < 400
            && !(self.poll_accepted && status == reqwest::StatusCode::ACCEPTED)
            && !retried
            && response
                .content_length()
                .is_some_and(|n| n <= self.max_response_bytes as u64)
            && response.headers().contains_key(REQUEST_ID)
    }

    /// The whole body, or an empty one (with `oversized` recorded) past the limit.
    async fn read_body(&self, response: &mut reqwest::Response) -> reqwest::Result<Bytes> {
        let limit = self.max_response_bytes;
        if response.content_length().is_some_and(|n| n > limit as u64) {
            record(|r| r.oversized = Some(limit));
            return Ok(Bytes::new());
        }
        let mut body = BytesMut::new();
        while let Some(chunk) = response.chunk().await? {
            if body.len() + chunk.len() > limit {
                // Stop reading: the connection is dropped with the response.
                record(|r| r.oversized = Some(limit));
                return Ok(Bytes::new());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    }

    /// Sends `request`, retrying as the policy says, and polls a 202 when asked to.
    async fn execute_with_retries(
        &self,
        client: &reqwest::Client,
        mut request: reqwest::Request,
        operation: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        // progenitor sends `api-version` (from the description's `info.version`) and cannot be
        // told not to; Pangea's API is not versioned by header and its SDKs send none.
        request.headers_mut().remove(GENERATED_API_VERSION);
        let mut retried_ids: Vec<String> = Vec::new();
        let mut retries_done = 0u32;
        loop {
            // Kept for the next attempt; a streaming body (never ours) cannot be copied and
            // gets one attempt.
            let copy = request.try_clone();
            self.apply_headers(request.headers_mut());
            if !retried_ids.is_empty()
                && let Ok(value) = HeaderValue::from_str(&retried_ids.join(","))
            {
                request.headers_mut().insert(RETRIED_REQUEST_IDS, value);
            }
            let attempt = retries_done + 1;
            let span = tracing::debug_span!(
                "authn.attempt",
                operation,
                attempt,
                http.status = tracing::field::Empty,
                request_id = tracing::field::Empty,
            );
            record(|r| {
                r.attempts = attempt;
                // What an earlier attempt learnt about its body does not describe this one.
                r.oversized = None;
            });
            // The rare paths (reading an answer that is not final, the retry's sleep, polling)
            // are boxed: this future is allocated for every call, and is kept small.
            let result = match self.send(client, request).instrument(span.clone()).await {
                Ok(response) if self.is_final(&response, copy.is_some(), retries_done) => {
                    observe_final(&response, &span);
                    return Ok(response);
                }
                Ok(response) => Box::pin(self.read(response).instrument(span.clone())).await,
                Err(error) => Err(error),
            };
            let (outcome, answered_id) = observe(&result, &span);
            if let Some(next) = copy
                && let Decision::RetryAfter(delay) =
                    retry::decide(&self.policy, retries_done, outcome, retry::random_jitter())
            {
                // An id that cannot travel in the header (or would split it) is left out,
                // rather than losing the whole header on the retry.
                if let Some(id) = answered_id.filter(|id| {
                    !id.is_empty() && !id.contains(',') && HeaderValue::from_str(id).is_ok()
                }) {
                    retried_ids.push(id);
                }
                tracing::debug!(parent: &span, ?delay, ?outcome, "retrying");
                Box::pin(tokio::time::sleep(delay)).await;
                retries_done += 1;
                request = next;
                continue;
            }
            let answer = result?;
            if self.poll_accepted && answer.is_accepted() {
                return Ok(Box::pin(self.poll(client, answer, operation)).await);
            }
            keep_error_body(&answer);
            return Ok(answer.into_response());
        }
    }

    /// Polls `GET request/{id}` with delays of `n² × base` until the answer is not 202, or the
    /// poll timeout runs out (then the last 202 is returned and the caller gets `Pending`).
    async fn poll(
        &self,
        client: &reqwest::Client,
        accepted: Answer,
        operation: &'static str,
    ) -> reqwest::Response {
        let Some(request_id) = accepted.request_id() else {
            return accepted.into_response();
        };
        let url = format!("{}/request/{}", self.base_url, request_id);
        // `None`: a budget too long for an `Instant` (`Duration::MAX`), so no deadline. Adding
        // with `+` would panic on overflow.
        let deadline = Instant::now().checked_add(self.poll_timeout);
        let mut last = accepted;
        let mut n: u32 = 0;
        loop {
            n = n.saturating_add(1);
            let delay = self.poll_base_delay.saturating_mul(n.saturating_mul(n));
            let past_deadline = deadline.is_some_and(|deadline| {
                Instant::now()
                    .checked_add(delay)
                    .is_none_or(|end| end > deadline)
            });
            if past_deadline {
                return last.into_response();
            }
            tokio::time::sleep(delay).await;
            let mut headers = HeaderMap::new();
            headers.insert(
                reqwest::header::ACCEPT,
                HeaderValue::from_static("application/json"),
            );
            self.apply_headers(&mut headers);
            // A poll that fails (cannot be built, no connection, a timeout) ends the polling
            // with the last 202: the call was accepted, so the caller must get `Pending` with
            // its request id, never a transport error that reads as safe to send again.
            let request = match client.get(&url).headers(headers).build() {
                Ok(request) => request,
                Err(error) => return pending_after(last, &error),
            };
            let span = tracing::debug_span!(
                "authn.poll",
                operation,
                poll = n,
                request_id = request_id.as_str(),
                http.status = tracing::field::Empty,
            );
            record(|r| {
                r.polls = n;
                r.oversized = None;
            });
            let attempt = async { self.read(self.send(client, request).await?).await };
            let answer = match attempt.instrument(span.clone()).await {
                Ok(answer) => answer,
                Err(error) => return pending_after(last, &error),
            };
            span.record("http.status", answer.status.as_u16());
            record(|r| r.http_status = Some(answer.status.as_u16()));
            if answer.status != reqwest::StatusCode::ACCEPTED {
                keep_error_body(&answer);
                return answer.into_response();
            }
            last = answer;
        }
    }
}

/// Records what an attempt got on its span and in the call record; returns the outcome the
/// retry decision is made from, and the answer's request id.
fn observe(result: &reqwest::Result<Answer>, span: &tracing::Span) -> (Outcome, Option<String>) {
    match result {
        Ok(answer) => {
            let id = answer.request_id();
            note_answer(answer.status.as_u16(), id.as_deref(), span);
            let outcome = Outcome::Status {
                status: answer.status.as_u16(),
                retry_after: answer.retry_after(),
            };
            (outcome, id)
        }
        Err(e) if e.is_connect() => (Outcome::ConnectFailed, None),
        Err(_) => (Outcome::TransportFailed, None),
    }
}

/// Records a final answer's status and request id on its span and in the call record.
fn observe_final(response: &reqwest::Response, span: &tracing::Span) {
    let id = response
        .headers()
        .get(REQUEST_ID)
        .and_then(|id| id.to_str().ok());
    note_answer(response.status().as_u16(), id, span);
}

/// Records an answer's HTTP status and request id on its span and in the call record.
fn note_answer(status: u16, id: Option<&str>, span: &tracing::Span) {
    span.record("http.status", status);
    if let Some(id) = id {
        span.record("request_id", id);
    }
    record(|r| {
        r.http_status = Some(status);
        r.request_id = id.map(str::to_string);
    });
}

/// Keeps the body of a final answer with an HTTP error status in the call record.
fn keep_error_body(answer: &Answer) {
    if answer.status.as_u16() >= 400 {
        record(|r| r.error_body = Some(answer.body.clone()));
    }
}

/// The last 202 of a polling that `error` cut short, which the caller turns into `Pending`.
fn pending_after(last: Answer, error: &reqwest::Error) -> reqwest::Response {
    tracing::debug!(error = %error, "a poll failed; the call stays pending");
    last.into_response()
}

impl Executor for Transport {
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
    ) -> ExecFuture<'a> {
        Box::pin(self.execute_with_retries(client, request, operation_id))
    }
}

/// Shares one transport between clones of an [`AuthN`](crate::AuthN).
pub(crate) fn shared(transport: Transport) -> Arc<dyn Executor> {
    Arc::new(transport)
}
