//! How each request travels: retries, 202 polling, bounded bodies and a tracing span per
//! attempt. Plugged into the generated client through `authn_api::hooks::Executor`.
//!
//! An answer that ends the call (no retry or poll follows), announces a `Content-Length`
//! within the limit and names itself with `x-request-id` goes to the generated code unread,
//! which reads it at once (its headers, once read here, are dropped: the SDK reads nothing
//! from the generated code's copy of them). Any other answer is read in full (up to the configured limit) here,
//! so that retries and polls can use its body, an oversized one is cut short, and the caller
//! never holds a connection open. What the generated code cannot carry (the HTTP status of an
//! undecodable body, an oversized body, the attempts made) is written to the [`CallRecord`] of
//! the call in progress.

use std::cell::RefCell;
use std::future::{Future, Ready, ready};
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use authn_api::hooks::{ExecFuture, Executor};
use bytes::{Bytes, BytesMut};
use futures_util::future::Either;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use tracing::Instrument;

use crate::retry::{self, Decision, Outcome, RetryPolicy};

mod copy;
use copy::RetryCopy;

/// The header Pangea's SDKs send on a retry, listing the request ids of earlier attempts.
pub const RETRIED_REQUEST_IDS: &str = "x-pangea-retried-request-ids";

/// The header progenitor adds to every request, which the transport takes out again.
const GENERATED_API_VERSION: HeaderName = HeaderName::from_static("api-version");

/// The header that names each answer. A constant: looking a `&str` up parses it every time.
const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// What the transport learnt about the call in progress.
#[derive(Debug, Default, Clone)]
pub(crate) struct CallRecord {
    /// The HTTP status of the last answer.
    pub http_status: Option<u16>,
    /// The `x-request-id` (or envelope `request_id`) of the last answer. Kept as the header's
    /// value, which shares the answer's buffer: only a failure reads it, and a `String` would
    /// be an allocation in every call.
    pub request_id: Option<HeaderValue>,
    /// Set when a body was cut at this many bytes.
    pub oversized: Option<usize>,
    /// How many HTTP attempts were made (polls excluded).
    pub attempts: u32,
    /// How many polls of `request/{id}` were made.
    pub polls: u32,
    /// The body of the last answer with an HTTP error status (4xx, 5xx), which the transport
    /// always reads: the generated code decodes it into its typed error envelope, which keeps
    /// only the `errors` of `result`, and the call keeps the rest from here.
    pub error_body: Option<Bytes>,
}

impl CallRecord {
    /// The request id of the last answer, as text.
    pub fn request_id(&self) -> Option<String> {
        let id = self.request_id.as_ref()?;
        Some(String::from_utf8_lossy(id.as_bytes()).into_owned())
    }
}

tokio::task_local! {
    /// The record of the call running on this task, set by `call::run`. Only the call's own
    /// task touches it, so a `RefCell` is enough.
    pub(crate) static CALL: RefCell<CallRecord>;
}

/// Updates the record of the SDK call running on this task. `false` when there is none: the
/// request came through the generated client (`AuthN::api`), not an SDK builder.
fn record(update: impl FnOnce(&mut CallRecord)) -> bool {
    CALL.try_with(|call| {
        if let Ok(mut record) = call.try_borrow_mut() {
            update(&mut record);
        }
    })
    .is_ok()
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

/// The delay a `Retry-After` header asks for, if any.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    retry::parse_retry_after(value, SystemTime::now())
}

/// An answer's head, seen before its body is read.
enum Head {
    /// The answer as it is: no retry or poll follows, and its body needs no guard.
    Final(reqwest::Response),
    /// To read in full (or the error of the attempt).
    Read(reqwest::Result<reqwest::Response>),
}

/// What is kept of a request for after its attempt: a copy to retry with, or (for a body that
/// cannot be copied, so no retry) its headers, to poll a 202 with.
enum Spare {
    Copy(RetryCopy),
    Headers(HeaderMap),
}

/// What follows an attempt.
enum Step<'a> {
    /// Sleep `delay`, then send `next`.
    Retry {
        delay: Duration,
        next: reqwest::Request,
    },
    /// The call is over: its answer (ready), or the polling of a 202 (boxed, being rare).
    End(Either<Ready<reqwest::Result<reqwest::Response>>, PollFuture<'a>>),
}

type PollFuture<'a> = Pin<Box<dyn Future<Output = reqwest::Result<reqwest::Response>> + Send + 'a>>;

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
        // With its URL given, reqwest does not parse a placeholder URL for the response.
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
    /// Sets the SDK's headers and the caller's extra ones on one attempt's request. Done per
    /// attempt, after the retry copy is taken, so that the copy is of the generated headers
    /// alone: the SDK's values are shared by every request, and each clone of one is an atomic
    /// update of a count that the other worker threads update too.
    fn apply_headers(&self, headers: &mut HeaderMap) {
        // Room for ours, and for the two that hyper adds on the way out (`host` and
        // `content-length`): a full map would be regrown, and copied, twice per request.
        headers.reserve(self.extra_headers.len() + self.sdk_headers.len() + 2);
        for (name, value) in &self.extra_headers {
            if !headers.contains_key(name) {
                headers.insert(name.clone(), value.clone());
            }
        }
        for (name, value) in &self.sdk_headers {
            headers.insert(name.clone(), value.clone());
        }
    }

    /// Reads the whole body of an answer, up to the limit.
    ///
    /// A plain function returning an async block that owns the response, rather than an
    /// `async fn` taking the result, which would store the response twice.
    fn read_answer(
        &self,
        head: reqwest::Result<reqwest::Response>,
    ) -> Either<Ready<reqwest::Result<Answer>>, impl Future<Output = reqwest::Result<Answer>> + '_>
    {
        let mut response = match head {
            Ok(response) => response,
            Err(e) => return Either::Left(ready(Err(e))),
        };
        Either::Right(async move {
            let body = self.read_body(&mut response).await?;
            // Taken apart only now, so that the parts are not held across the reads above.
            let status = response.status();
            let version = response.version();
            let url = response.url().clone();
            let headers = std::mem::take(response.headers_mut());
            Ok(Answer {
                status,
                version,
                headers,
                url,
                body,
            })
        })
    }

    /// The answer, when it can go to the generated code unread: no retry or poll follows
    /// whatever its body says, `Content-Length` shows it within the limit, and
    /// `x-request-id` names it. That is almost every answer; reading and rebuilding it would
    /// only cost time. Anything else (or an error) is handed back, to be read in full.
    fn final_answer(
        &self,
        head: reqwest::Result<reqwest::Response>,
        spare: &Spare,
        retries_done: u32,
        span: &tracing::Span,
    ) -> Head {
        let mut response = match head {
            Ok(response) => response,
            Err(e) => return Head::Read(Err(e)),
        };
        let status = response.status();
        let within_limit = response
            .content_length()
            .is_some_and(|n| n <= self.max_response_bytes as u64);
        let polled = self.poll_accepted && status == reqwest::StatusCode::ACCEPTED;
        // Failures are read here, so that their body reaches the error whole (`error_body`).
        let failed = status.as_u16() >= 400;
        // `may_retry` first: the other answers need no `Retry-After` lookup.
        let retried = matches!(spare, Spare::Copy(_)) && retry::may_retry(status.as_u16()) && {
            let outcome = Outcome::Status {
                status: status.as_u16(),
                retry_after: retry_after(response.headers()),
            };
            // Only whether a retry follows matters here, not its delay: no jitter.
            retry::decide(&self.policy, retries_done, outcome, 0.0) != Decision::Stop
        };
        let id = response
            .headers()
            .get(REQUEST_ID)
            .and_then(|id| Some((id, id.to_str().ok()?)));
        let Some((id, text)) = id.filter(|_| within_limit && !polled && !retried && !failed) else {
            return Head::Read(Ok(response));
        };
        if !span.is_disabled() {
            span.record("http.status", status.as_u16());
            span.record("request_id", text);
        }
        let id = id.clone();
        let in_sdk_call = record(|r| {
            r.http_status = Some(status.as_u16());
            r.request_id = Some(id);
        });
        // progenitor's `ResponseValue::from_response` copies the headers of every answer, and
        // an SDK call reads nothing from that copy: they are dropped here, where the transport
        // has read what it needs, so that the copy is of an empty map (no allocation). A
        // request of the generated client itself (`AuthN::api`) keeps them for its caller.
        if in_sdk_call {
            drop(std::mem::take(response.headers_mut()));
        }
        Head::Final(response)
    }

    /// The whole body, or an empty one (with `oversized` recorded) past the limit.
    async fn read_body(&self, response: &mut reqwest::Response) -> reqwest::Result<Bytes> {
        let limit = self.max_response_bytes;
        let expected = response.content_length();
        if expected.is_some_and(|n| n > limit as u64) {
            record(|r| r.oversized = Some(limit));
            return Ok(Bytes::new());
        }
        // A body that arrives in one chunk (the usual case) is kept as it is; more chunks are
        // gathered into one buffer, sized from Content-Length when there is one.
        let mut first: Option<Bytes> = None;
        let mut gathered: Option<BytesMut> = None;
        let mut length = 0usize;
        while let Some(chunk) = response.chunk().await? {
            if length + chunk.len() > limit {
                // Stop reading: the connection is dropped with the response.
                record(|r| r.oversized = Some(limit));
                return Ok(Bytes::new());
            }
            length += chunk.len();
            if let Some(buffer) = gathered.as_mut() {
                buffer.extend_from_slice(&chunk);
            } else if let Some(head) = first.take() {
                let expected = expected.map_or(0, |n| n as usize);
                let mut buffer = BytesMut::with_capacity(expected.clamp(length, limit));
                buffer.extend_from_slice(&head);
                buffer.extend_from_slice(&chunk);
                gathered = Some(buffer);
            } else {
                first = Some(chunk);
            }
        }
        Ok(match (gathered, first) {
            (Some(buffer), _) => buffer.freeze(),
            (None, Some(chunk)) => chunk,
            (None, None) => Bytes::new(),
        })
    }

    /// Sends `request`, retrying as the policy says, and polls a 202 when asked to.
    ///
    /// This future is boxed for every call, so it is kept small: it is an `async` block, whose
    /// captures are used in place (an `async fn` copies its arguments into its body, storing the
    /// 264-byte request twice), and what is held across an `await` is only what the next step
    /// needs. The rare paths (reading an answer that is not final, the retry's sleep, polling)
    /// are boxed, which also keeps their code out of this future's `poll`.
    fn execute_with_retries<'a>(
        &'a self,
        client: &'a reqwest::Client,
        mut request: reqwest::Request,
        operation: &'static str,
    ) -> impl Future<Output = reqwest::Result<reqwest::Response>> + Send + 'a {
        // progenitor sends `api-version` (from the description's `info.version`) and cannot be
        // told not to. Pangea's API is not versioned by header and its SDKs do not send one;
        // without it, the whole request also fits the map's first allocation (six headers).
        request.headers_mut().remove(GENERATED_API_VERSION);
        async move {
            let mut retried_ids: Vec<String> = Vec::new();
            let mut retries_done = 0u32;
            let end = loop {
                // Keep a copy for the next attempt. A streaming body (never ours) cannot be
                // copied and gets one attempt; its headers are kept to poll a 202 with.
                let spare = match RetryCopy::of(&request) {
                    Some(copy) => Spare::Copy(copy),
                    None => Spare::Headers(request.headers().clone()),
                };
                self.apply_headers(request.headers_mut());
                if let Some(timeout) = self.timeout {
                    *request.timeout_mut() = Some(timeout);
                }
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
                let head = client.execute(request).instrument(span.clone()).await;
                let head = match self.final_answer(head, &spare, retries_done, &span) {
                    Head::Final(response) => break Either::Left(ready(Ok(response))),
                    Head::Read(head) => head,
                };
                let result = Box::pin(self.read_answer(head).instrument(span.clone())).await;
                // Decided in a plain function that takes the result and the copy by value, and
                // matched as a temporary (a named, partly moved local would stay in this future),
                // so that none of them is held while it sleeps.
                let (delay, next) = match self.after_attempt(
                    client,
                    operation,
                    (result, spare),
                    retries_done,
                    &mut retried_ids,
                    &span,
                ) {
                    Step::Retry { delay, next } => (delay, next),
                    // Awaited after the loop, so that no state of the loop is held meanwhile.
                    Step::End(end) => break end,
                };
                let sleep = Box::pin(tokio::time::sleep(delay));
                sleep.await;
                retries_done += 1;
                request = next;
            };
            end.await
        }
    }

    /// What follows an attempt: a retry (the id it answered with is added to `retried_ids`),
    /// the answer as the generated code gets it, or (for a 202 to poll) the boxed polling.
    #[cold]
    fn after_attempt<'a>(
        &'a self,
        client: &'a reqwest::Client,
        operation: &'static str,
        (result, spare): (reqwest::Result<Answer>, Spare),
        retries_done: u32,
        retried_ids: &mut Vec<String>,
        span: &tracing::Span,
    ) -> Step<'a> {
        let (outcome, answered_id) = self.observe(&result, span);
        if let Spare::Copy(copy) = &spare
            && let Decision::RetryAfter(delay) =
                retry::decide(&self.policy, retries_done, outcome, retry::random_jitter())
            && let Some(next) = copy.request()
        {
            // An id that cannot travel in the header (or would split it) is left out, rather
            // than losing the whole header on the retry. Only a retry needs the list, so a
            // call that succeeds at once allocates none.
            if let Some(id) = answered_id.filter(|id| {
                !id.is_empty() && !id.contains(',') && HeaderValue::from_str(id).is_ok()
            }) {
                retried_ids.push(id);
            }
            tracing::debug!(parent: span, ?delay, ?outcome, "retrying");
            return Step::Retry { delay, next };
        }
        let answer = match result {
            Ok(answer) => answer,
            Err(e) => return Step::End(Either::Left(ready(Err(e)))),
        };
        if !(self.poll_accepted && answer.is_accepted()) {
            keep_error_body(&answer);
            return Step::End(Either::Left(ready(Ok(answer.into_response()))));
        }
        let headers = match spare {
            Spare::Copy(copy) => copy.into_headers(),
            Spare::Headers(headers) => headers,
        };
        Step::End(Either::Right(Box::pin(
            self.poll(client, answer, headers, operation),
        )))
    }

    /// Records what an attempt got on its span and in the call record; returns the outcome
    /// the retry decision is made from, and the answer's request id.
    fn observe(
        &self,
        result: &reqwest::Result<Answer>,
        span: &tracing::Span,
    ) -> (Outcome, Option<String>) {
        match result {
            Ok(answer) => {
                let id = answer.request_id();
                span.record("http.status", answer.status.as_u16());
                if let Some(id) = &id {
                    span.record("request_id", id.as_str());
                }
                record(|r| {
                    r.http_status = Some(answer.status.as_u16());
                    // An id that is no header value (a control character) is not kept.
                    r.request_id = id
                        .as_deref()
                        .and_then(|id| HeaderValue::from_bytes(id.as_bytes()).ok());
                });
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

    /// Polls `GET request/{id}` with delays of `n² × base` until the answer is not 202, or the
    /// poll timeout runs out (then the last 202 is returned and the caller gets `Pending`).
    async fn poll(
        &self,
        client: &reqwest::Client,
        accepted: Answer,
        headers: HeaderMap,
        operation: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        let Some(request_id) = accepted.request_id() else {
            return Ok(accepted.into_response());
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
                return Ok(last.into_response());
            }
            tokio::time::sleep(delay).await;
            let mut poll_headers = headers.clone();
            poll_headers.remove(reqwest::header::CONTENT_TYPE);
            poll_headers.remove(reqwest::header::CONTENT_LENGTH);
            self.apply_headers(&mut poll_headers);
            // A poll that fails (cannot be built, no connection, a timeout) ends the polling
            // with the last 202: the call was accepted, so the caller must get `Pending` with
            // its request id, never a transport error that reads as safe to send again.
            let mut request = match client.get(&url).headers(poll_headers).build() {
                Ok(request) => request,
                Err(error) => return Ok(pending_after(last, &error)),
            };
            if let Some(timeout) = self.timeout {
                *request.timeout_mut() = Some(timeout);
            }
            let span = tracing::debug_span!(
                "authn.poll",
                operation,
                poll = n,
                request_id = request_id.as_str(),
                http.status = tracing::field::Empty,
            );
            record(|r| r.polls = n);
            record(|r| r.oversized = None);
            let head = client.execute(request).instrument(span.clone()).await;
            let answer = match self.read_answer(head).instrument(span.clone()).await {
                Ok(answer) => answer,
                Err(error) => return Ok(pending_after(last, &error)),
            };
            span.record("http.status", answer.status.as_u16());
            record(|r| r.http_status = Some(answer.status.as_u16()));
            if answer.status != reqwest::StatusCode::ACCEPTED {
                keep_error_body(&answer);
                return Ok(answer.into_response());
            }
            last = answer;
        }
    }
}

/// Keeps the body of a final answer with an HTTP error status in the call record.
fn keep_error_body(answer: &Answer) {
    if answer.status.as_u16() >= 400 {
        record(|r| r.error_body = Some(answer.body.clone()));
    }
}

/// The last 202 of a polling that `error` cut short, which the caller turns into `Pending`.
#[cold]
fn pending_after(last: Answer, error: &reqwest::Error) -> reqwest::Response {
    tracing::debug!(error = %error, "a poll failed; the call stays pending");
    last.into_response()
}

/// `Box::pin($value)`, with the value built in the box: `Box::pin` builds it on the stack and
/// copies it over, which for this future is the same bytes twice per call. A macro, not a
/// function: passing the value to a function brings the copy back (a `memcpy` probe showed it,
/// even with `#[inline(always)]`).
macro_rules! pin_in_place {
    ($value:expr) => {{
        // Bound first, so that the type is known before the coercion to `dyn Future`.
        let boxed = Box::write(Box::new_uninit(), $value);
        Box::into_pin(boxed)
    }};
}

impl Executor for Transport {
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
    ) -> ExecFuture<'a> {
        pin_in_place!(self.execute_with_retries(client, request, operation_id))
    }
}

/// Shares one transport between clones of an [`AuthN`](crate::AuthN).
pub(crate) fn shared(transport: Transport) -> Arc<dyn Executor> {
    Arc::new(transport)
}
