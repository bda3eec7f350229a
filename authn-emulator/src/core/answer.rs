//! What an operation answers: a success, a business refusal (HTTP 200 with another status), or a
//! `ValidationError`, before it is wrapped in the Pangea envelope.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use serde_json::{Value, json};

/// Why an operation was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A business failure, reported with HTTP 200 and this status.
    Status {
        /// The Pangea status, such as `UserNotFound`.
        status: &'static str,
        /// The envelope's summary, a sentence.
        summary: String,
    },
    /// The request is invalid (HTTP 400 `ValidationError`).
    Invalid(Vec<FieldProblem>),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Status { status, summary } => write!(f, "{status}: {summary}"),
            Refusal::Invalid(problems) => {
                write!(f, "ValidationError")?;
                for p in problems {
                    write!(f, "; {} at {}: {}", p.code, p.source, p.detail)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Refusal {}

impl Refusal {
    pub(crate) fn status(status: &'static str, summary: impl Into<String>) -> Self {
        Refusal::Status {
            status,
            summary: summary.into(),
        }
    }

    /// A `ValidationError` with one problem.
    pub(crate) fn invalid(
        code: &'static str,
        source: impl Into<String>,
        detail: impl Into<String>,
    ) -> Self {
        Refusal::Invalid(vec![FieldProblem::new(code, source, detail)])
    }
}

/// One entry of `result.errors`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// A code from Pangea's list (`FieldRequired`, `DoesNotMatchPattern`...).
    pub code: &'static str,
    /// The problem in words.
    pub detail: String,
    /// Where in the request, as a JSON pointer.
    pub source: String,
}

impl FieldProblem {
    pub(crate) fn new(
        code: &'static str,
        source: impl Into<String>,
        detail: impl Into<String>,
    ) -> Self {
        Self {
            code,
            detail: detail.into(),
            source: source.into(),
        }
    }
}

/// What an operation answers, before it is wrapped in the envelope.
///
/// The calls with an empty result (`user/delete`, `client/password/change`, the logouts...)
/// answer `"result": null`, as Pangea's live service does (see the README); Pangea's
/// description says `{}`, and the SDK takes both.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    pub http: StatusCode,
    pub status: String,
    pub summary: String,
    pub result: Value,
    /// Whether the answer says `Connection: close`: the request's body was not read to its end.
    pub close: bool,
    /// The `Retry-After` header, in seconds, of a scripted failure.
    pub retry_after: Option<u64>,
}

impl Answer {
    pub fn new(http: StatusCode, status: &str, summary: impl Into<String>, result: Value) -> Self {
        Answer {
            http,
            status: status.into(),
            summary: summary.into(),
            result,
            close: false,
            retry_after: None,
        }
    }

    pub fn success(summary: &str, result: Value) -> Self {
        Answer::new(StatusCode::OK, "Success", summary, result)
    }

    /// A success whose result is serialized from `result`.
    pub fn success_of(summary: &str, result: &impl serde::Serialize) -> Self {
        Answer::success(summary, serde_json::to_value(result).unwrap_or(Value::Null))
    }

    pub fn from_refusal(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Status { status, summary } => {
                Answer::new(StatusCode::OK, status, summary, Value::Null)
            }
            Refusal::Invalid(problems) => invalid(problems),
        }
    }

    pub fn failure(http: StatusCode, status: &str, summary: &str) -> Self {
        Answer::new(http, status, summary, Value::Null)
    }

    /// The answer, saying `Connection: close` if `close`.
    pub fn closing(self, close: bool) -> Self {
        Answer {
            close: self.close || close,
            ..self
        }
    }

    /// Wraps the answer in the envelope, with `x-request-id`.
    pub fn into_response(self, request_id: &str, request_time: &str) -> Response {
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

/// A `ValidationError` answer listing `problems`.
pub(crate) fn invalid(problems: Vec<FieldProblem>) -> Answer {
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

/// The emulator's clock as an envelope writes it (`request_time`, `response_time`).
pub(crate) fn now() -> String {
    clock().to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// The emulator's clock, to the microsecond: Pangea writes its times with six fraction digits
/// (`2024-01-02T03:04:05.123456Z`), so every time the emulator keeps, and later writes, has
/// no more.
pub(crate) fn clock() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}
