//! How each request travels: retries, 202 polling, bounded bodies and a tracing span per
//! attempt. Plugged into the generated client through `authn_api::hooks::Executor`.
//!
//! The executor reads every body in full (up to the configured limit) before handing the
//! response back to the generated code, so it can decide on retries from the status and the
//! body, and the caller never holds a connection open. What the generated code cannot carry
//! (the HTTP status of an undecodable body, an oversized body, the attempts made) is written to
//! the [`CallRecord`] of the call in progress.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime};

use authn_api::hooks::{ExecFuture, Executor};
use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderMap, HeaderValue};
use tracing::Instrument;

use crate::retry::{self, Decision, Outcome, RetryPolicy};

/// The header Pangea's SDKs send on a retry, listing the request ids of earlier attempts.
pub const RETRIED_REQUEST_IDS: &str = "x-pangea-retried-request-ids";

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
}

tokio::task_local! {
    /// The record of the call running on this task, set by `call::run`.
    pub(crate) static CALL: Arc<Mutex<CallRecord>>;
}

fn record(update: impl FnOnce(&mut CallRecord)) {
    let _ = CALL.try_with(|call| update(&mut call.lock().unwrap_or_else(PoisonError::into_inner)));
}

/// The executor the SDK plugs into the generated client.
#[derive(Debug, Clone)]
pub(crate) struct Transport {
    pub policy: RetryPolicy,
    pub timeout: Duration,
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
        if let Some(id) = self
            .headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
        {
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
        let value = self
            .headers
            .get(reqwest::header::RETRY_AFTER)?
            .to_str()
            .ok()?;
        retry::parse_retry_after(value, SystemTime::now())
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
    fn apply_headers(&self, headers: &mut HeaderMap) {
        headers.reserve(self.extra_headers.len() + self.sdk_headers.len());
        for (name, value) in &self.extra_headers {
            if !headers.contains_key(name) {
                headers.insert(name.clone(), value.clone());
            }
        }
        for (name, value) in &self.sdk_headers {
            headers.insert(name.clone(), value.clone());
        }
    }

    /// Sends `request` once and reads the whole body, up to the limit.
    async fn attempt(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
    ) -> reqwest::Result<Answer> {
        // What an earlier attempt learnt about its body does not describe this one.
        record(|r| r.oversized = None);
        let mut response = client.execute(request).await?;
        let status = response.status();
        let version = response.version();
        let url = response.url().clone();
        let headers = std::mem::take(response.headers_mut());
        let body = self.read_body(response).await?;
        Ok(Answer {
            status,
            version,
            headers,
            url,
            body,
        })
    }

    async fn read_body(&self, mut response: reqwest::Response) -> reqwest::Result<Bytes> {
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

    async fn execute_with_retries(
        &self,
        client: &reqwest::Client,
        request: reqwest::Request,
        operation: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        let mut request = request;
        self.apply_headers(request.headers_mut());
        // The headers a 202 is polled with: those of the copy kept for a retry, or of a request
        // that cannot be copied (and so makes one attempt only), kept here.
        let mut uncloneable_headers: Option<HeaderMap> = None;
        let mut retried_ids: Vec<String> = Vec::new();
        let mut retries_done = 0u32;
        loop {
            // Keep a copy for the next attempt; a streaming body (never ours) gets one attempt.
            let next = request.try_clone();
            if next.is_none() && uncloneable_headers.is_none() {
                uncloneable_headers = Some(request.headers().clone());
            }
            *request.timeout_mut() = Some(self.timeout);
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
            record(|r| r.attempts = attempt);
            let result = self.attempt(client, request).instrument(span.clone()).await;
            let mut answered_id = None;
            let outcome = match &result {
                Ok(answer) => {
                    let id = answer.request_id();
                    span.record("http.status", answer.status.as_u16());
                    if let Some(id) = &id {
                        span.record("request_id", id.as_str());
                    }
                    record(|r| {
                        r.http_status = Some(answer.status.as_u16());
                        r.request_id = id.clone();
                    });
                    answered_id = id;
                    Outcome::Status {
                        status: answer.status.as_u16(),
                        retry_after: answer.retry_after(),
                    }
                }
                Err(e) if e.is_connect() => Outcome::ConnectFailed,
                Err(_) => Outcome::TransportFailed,
            };
            let decision = match next {
                Some(_) => {
                    retry::decide(&self.policy, retries_done, outcome, retry::random_jitter())
                }
                None => Decision::Stop,
            };
            match (decision, next) {
                (Decision::RetryAfter(delay), Some(next)) => {
                    // An id that cannot travel in the header (or would split it) is left out,
                    // rather than losing the whole header on the retry. Only a retry needs the
                    // list, so a call that succeeds at once allocates none.
                    if let Some(id) = answered_id.filter(|id| {
                        !id.is_empty() && !id.contains(',') && HeaderValue::from_str(id).is_ok()
                    }) {
                        retried_ids.push(id);
                    }
                    tracing::debug!(parent: &span, ?delay, ?outcome, "retrying");
                    // Boxed, as is the rarer polling below: this future is boxed for every call,
                    // and the paths few calls take should not make it larger.
                    Box::pin(tokio::time::sleep(delay)).await;
                    retries_done += 1;
                    request = next;
                }
                (_, next) => {
                    let answer = result?;
                    if self.poll_accepted && answer.is_accepted() {
                        let poll_headers = match next {
                            Some(mut next) => std::mem::take(next.headers_mut()),
                            None => uncloneable_headers.take().unwrap_or_default(),
                        };
                        return Box::pin(self.poll(client, answer, &poll_headers, operation)).await;
                    }
                    return Ok(answer.into_response());
                }
            }
        }
    }

    /// Polls `GET request/{id}` with delays of `n² × base` until the answer is not 202, or the
    /// poll timeout runs out (then the last 202 is returned and the caller gets `Pending`).
    async fn poll(
        &self,
        client: &reqwest::Client,
        accepted: Answer,
        headers: &HeaderMap,
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
            let request = client
                .get(&url)
                .headers(poll_headers)
                .timeout(self.timeout)
                .build()?;
            let span = tracing::debug_span!(
                "authn.poll",
                operation,
                poll = n,
                request_id = request_id.as_str(),
                http.status = tracing::field::Empty,
            );
            record(|r| r.polls = n);
            let answer = self
                .attempt(client, request)
                .instrument(span.clone())
                .await?;
            span.record("http.status", answer.status.as_u16());
            record(|r| r.http_status = Some(answer.status.as_u16()));
            if answer.status != reqwest::StatusCode::ACCEPTED {
                return Ok(answer.into_response());
            }
            last = answer;
        }
    }
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
