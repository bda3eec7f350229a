//! Runs one generated call and turns whatever happened into `Result<Response<T>, Error>`.

use std::cell::RefCell;
use std::future::Future;

use authn_api::types;
use progenitor_client::ResponseValue;
use serde_json::Value;
use tracing::Instrument;

use crate::AuthN;
use crate::convert::Answer;
use crate::error::{ApiError, Error, FieldError, PangeaStatus};
use crate::response::Response;
use crate::transport::{CALL, CallRecord};

/// The generated client's error type for every operation.
pub(crate) type ApiResult<T> =
    Result<ResponseValue<T>, progenitor_client::Error<types::ErrorEnvelope>>;

/// Whether a call's answer carries secrets (tokens), so its body must never be quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Secrets {
    InAnswer,
    None,
}

/// One operation of the generated client, as a builder sends it. Each builder implements it
/// through the `send!` macro (`user/mod.rs`).
pub(crate) trait Operation: Sized + Send + 'static {
    /// The checked request body.
    type Body: Send + 'static;
    /// What the generated client decodes the answer into.
    type Answer: Answer + Send + 'static;
    /// The operation id, which is also the generated client's method.
    const ID: &'static str;
    /// Whether the answer carries secrets, so that its body is never quoted.
    const SECRETS: Secrets;

    /// The client the builder holds, and the request body (or why it is refused, which is
    /// then the outcome, with nothing sent).
    fn into_parts(self) -> (AuthN, Result<Self::Body, Error>);

    /// The generated client's call of the operation.
    fn call(
        api: &authn_api::Client,
        body: Self::Body,
    ) -> impl Future<Output = ApiResult<Self::Answer>> + Send + '_;
}

/// The success of operation `O`, in the SDK's types.
pub(crate) type Success<O> = <<O as Operation>::Answer as Answer>::Success;

/// A builder's `send()`, and the [`Operation`](crate::call::Operation) it sends.
///
/// `$body` makes the checked request body of `$builder` (bound as `$this`); `$operation` names
/// both the generated client's method and the operation id, `$request` and `$answer` its body
/// and answer types, and `$result` the SDK's type of the result.
macro_rules! send {
    (
        $builder:ident => $result:ty,
        $operation:ident($request:ty) -> $answer:ty,
        $secrets:expr,
        |$this:ident| $body:expr
    ) => {
        impl $crate::call::Operation for $builder {
            type Body = $request;
            type Answer = $answer;
            const ID: &'static str = stringify!($operation);
            const SECRETS: $crate::call::Secrets = $secrets;

            fn into_parts(self) -> ($crate::AuthN, $crate::Result<$request>) {
                let authn = self.authn.clone();
                let $this = self;
                // A closure, so that `$body` may use `?`.
                let body = move || -> $crate::Result<$request> { $body };
                (authn, body())
            }

            fn call(
                api: &authn_api::Client,
                body: $request,
            ) -> impl std::future::Future<Output = $crate::call::ApiResult<$answer>> + Send + '_
            {
                api.$operation().body(body).send()
            }
        }

        impl $builder {
            /// Sends the request. The future owns what it needs (`Send + 'static`), so it can
            /// be awaited in place, or moved into `tokio::spawn`.
            pub fn send(
                self,
            ) -> impl std::future::Future<Output = $crate::Result<$crate::Response<$result>>>
            + Send
            + 'static {
                $crate::call::start(self)
            }
        }
    };
}
pub(crate) use send;

/// Starts the call of a builder: the future owns the client, so it is `Send + 'static`.
pub(crate) fn start<O: Operation>(
    operation: O,
) -> impl Future<Output = Result<Response<Success<O>>, Error>> + Send + 'static
where
    Success<O>: Send,
{
    let (authn, body) = operation.into_parts();
    run::<O>(authn, body)
}

/// Runs the call inside a span and a call record, then maps the outcome.
async fn run<O: Operation>(
    authn: AuthN,
    body: Result<O::Body, Error>,
) -> Result<Response<Success<O>>, Error> {
    let body = body?;
    let span = tracing::info_span!(
        "authn.call",
        operation = O::ID,
        http.status = tracing::field::Empty,
        pangea.status = tracing::field::Empty,
        request_id = tracing::field::Empty,
        attempts = tracing::field::Empty,
    );
    let call = async {
        let result = O::call(authn.api(), body).await;
        (result, CALL.with(RefCell::take))
    };
    let (result, record) = CALL
        .scope(RefCell::default(), call)
        .instrument(span.clone())
        .await;
    let outcome = match result {
        Ok(value) if value.status() == reqwest::StatusCode::OK => value
            .into_inner()
            .split()
            .map_err(|envelope| from_envelope(200, *envelope)),
        other => match failed(other, &record, O::SECRETS) {
            Mapped::Done(outcome) => outcome,
            Mapped::ReadBody(response) => Box::pin(unexpected(response, &record, O::SECRETS)).await,
        },
    };
    record_outcome(&span, &record, &outcome);
    outcome
}

/// Records the outcome on the call's span, and logs it.
fn record_outcome<T>(
    span: &tracing::Span,
    record: &CallRecord,
    outcome: &Result<Response<T>, Error>,
) {
    span.record("attempts", record.attempts);
    match outcome {
        Ok(response) => {
            span.record("pangea.status", response.status.as_str());
            span.record("request_id", response.request_id.as_str());
            span.record("http.status", 200);
        }
        Err(error) => {
            if let Some(status) = error.pangea_status() {
                span.record("pangea.status", status.as_str());
            }
            if let Some(id) = error.request_id() {
                span.record("request_id", id);
            }
            if let Some(status) = error.http_status() {
                span.record("http.status", status);
            }
        }
    }
    match outcome {
        Ok(_) => tracing::debug!(parent: span, "call succeeded"),
        Err(error) => tracing::debug!(parent: span, error = %error, "call failed"),
    }
}

/// What the generated client's result maps to: the outcome, or (for an HTTP status the call
/// does not document) a body still to read.
enum Mapped<T> {
    Done(Result<Response<T>, Error>),
    ReadBody(reqwest::Response),
}

/// Every outcome but an HTTP 200 answer.
fn failed<A: Answer>(
    result: ApiResult<A>,
    record: &CallRecord,
    secrets: Secrets,
) -> Mapped<A::Success> {
    use progenitor_client::Error as E;
    let http_status = record.http_status.unwrap_or(0);
    Mapped::Done(match result {
        Ok(value) => {
            let http_status = value.status().as_u16();
            // Not 200 (see `outcome`): a success envelope here is malformed.
            match value.into_inner().split() {
                Ok(response) => Err(Error::Decode {
                    http_status,
                    request_id: Some(response.request_id),
                    message: SUCCESS_WITHOUT_200.into(),
                    snippet: None,
                }),
                Err(envelope) => Err(from_envelope(http_status, *envelope)),
            }
        }
        Err(E::ErrorResponse(value)) => {
            let http_status = value.status().as_u16();
            // The body as sent keeps all of `result`, and reads each field error leniently.
            if let Some(envelope) = error_envelope(record) {
                return Mapped::Done(Err(from_envelope(http_status, envelope)));
            }
            let envelope = value.into_inner();
            let errors = envelope.result.map(|r| r.errors).unwrap_or_default();
            Err(api_error(
                http_status,
                envelope.status,
                envelope.summary,
                envelope.request_id,
                Some(envelope.request_time),
                Some(envelope.response_time),
                errors.into_iter().map(field_error).collect(),
                None,
            ))
        }
        Err(E::InvalidResponsePayload(bytes, error)) => {
            if let Some(limit) = record.oversized {
                return Mapped::Done(Err(Error::ResponseTooLarge { http_status, limit }));
            }
            // A failure envelope the typed one refused (a field error without `source`, say)
            // is still the service's answer: its status and summary are kept.
            if let Some(envelope) = error_envelope(record) {
                return Mapped::Done(Err(from_envelope(http_status, envelope)));
            }
            // Valid JSON of the wrong shape (a `Success` whose result is not the documented one)
            // is a data error; broken JSON is a syntax or EOF error.
            let message = if error.is_data() {
                format!("the answer does not have the documented shape: {error}")
            } else {
                error.to_string()
            };
            Err(undecodable(
                http_status,
                &bytes,
                message,
                record.request_id.clone(),
                secrets,
            ))
        }
        Err(E::UnexpectedResponse(response)) => {
            let http_status = response.status().as_u16();
            if let Some(limit) = record.oversized {
                return Mapped::Done(Err(Error::ResponseTooLarge { http_status, limit }));
            }
            return Mapped::ReadBody(response);
        }
        Err(E::CommunicationError(source) | E::ResponseBodyError(source)) => {
            Err(transport_error(source))
        }
        Err(E::InvalidRequest(message)) => Err(Error::InvalidInput {
            field: "request",
            message,
        }),
        Err(E::Custom(message)) => Err(Error::InvalidInput {
            field: "request",
            message,
        }),
        Err(E::InvalidUpgrade(_)) => Err(Error::Decode {
            http_status,
            request_id: record.request_id.clone(),
            message: "unexpected protocol upgrade".into(),
            snippet: None,
        }),
    })
}

/// The envelope of an answer with an HTTP error status, from its body as sent (see
/// `CallRecord::error_body`); `None` when there is none or it is not an envelope.
fn error_envelope(record: &CallRecord) -> Option<types::Envelope> {
    serde_json::from_slice(record.error_body.as_deref()?).ok()
}

/// A request or body that did not get through: a timeout, or another transport failure.
fn transport_error(source: reqwest::Error) -> Error {
    if source.is_timeout() {
        Error::Timeout {
            source: source.into(),
        }
    } else {
        Error::Transport {
            source: source.into(),
        }
    }
}

/// An HTTP status the call does not document: an envelope if the body is one, else undecodable.
async fn unexpected<T>(
    response: reqwest::Response,
    record: &CallRecord,
    secrets: Secrets,
) -> Result<Response<T>, Error> {
    let http_status = response.status().as_u16();
    // A body that cannot be read is that failure, not an empty body.
    let bytes = response.bytes().await.map_err(transport_error)?;
    match serde_json::from_slice::<types::Envelope>(&bytes) {
        Ok(envelope) => Err(from_envelope(http_status, envelope)),
        Err(_) => Err(undecodable(
            http_status,
            &bytes,
            format!("HTTP {http_status} is not an answer this call documents"),
            record.request_id.clone(),
            secrets,
        )),
    }
}

/// The error an untyped envelope stands for: its status is not `Success` (answers decode a
/// success, in any letter case, into the typed variant), or the call was accepted (202).
fn from_envelope(http_status: u16, envelope: types::Envelope) -> Error {
    if http_status == 202 || PangeaStatus::Accepted == envelope.status.as_str() {
        return Error::Pending {
            request_id: envelope.request_id,
        };
    }
    let errors = envelope
        .result
        .as_ref()
        .and_then(|r| r.get("errors"))
        .and_then(Value::as_array)
        .map(|errors| errors.iter().map(field_error_from_value).collect())
        .unwrap_or_default();
    api_error(
        http_status,
        envelope.status,
        envelope.summary,
        envelope.request_id,
        Some(envelope.request_time),
        Some(envelope.response_time),
        errors,
        envelope.result,
    )
}

const SUCCESS_WITHOUT_200: &str = "a success envelope came with an HTTP status other than 200";

#[allow(clippy::too_many_arguments)]
fn api_error(
    http_status: u16,
    status: String,
    summary: Option<String>,
    request_id: String,
    request_time: Option<String>,
    response_time: Option<String>,
    errors: Vec<FieldError>,
    result: Option<Value>,
) -> Error {
    let status = PangeaStatus::from(status.as_str());
    if status == PangeaStatus::Success {
        // Only a `Success` with HTTP 200 is a success (decided before this point), and
        // `Error::Api` never carries `Success`: the answer is malformed.
        return Error::Decode {
            http_status,
            request_id: Some(request_id),
            message: SUCCESS_WITHOUT_200.into(),
            snippet: None,
        };
    }
    Error::Api(Box::new(ApiError {
        http_status,
        status,
        summary,
        request_id,
        request_time,
        response_time,
        errors,
        result,
    }))
}

fn field_error(e: types::FieldError) -> FieldError {
    let code = match e.code {
        types::ErrorCode::KnownErrorCode(code) => code.to_string(),
        types::ErrorCode::Other(code) => code,
    };
    FieldError {
        code,
        detail: e.detail,
        source: e.source,
        path: e.path,
    }
}

/// A field error of an untyped envelope. Nothing is dropped: a missing or non-string part is
/// empty, and an entry that is not an object is kept whole as its `detail`.
fn field_error_from_value(value: &Value) -> FieldError {
    let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
    if !value.is_object() {
        return FieldError {
            code: String::new(),
            detail: value.to_string(),
            source: String::new(),
            path: None,
        };
    }
    FieldError {
        code: text("code").unwrap_or_default(),
        detail: text("detail").unwrap_or_default(),
        source: text("source").unwrap_or_default(),
        path: text("path"),
    }
}

/// The longest part of a body quoted in an error.
const SNIPPET_CHARS: usize = 200;

fn snippet(text: &str) -> String {
    let mut snippet: String = text.chars().take(SNIPPET_CHARS).collect();
    if text.chars().nth(SNIPPET_CHARS).is_some() {
        snippet.push('…');
    }
    snippet
}

/// Names what an undecodable body is: empty, an HTML page, or broken/mis-shaped JSON.
fn undecodable(
    http_status: u16,
    bytes: &[u8],
    message: String,
    request_id: Option<String>,
    secrets: Secrets,
) -> Error {
    let head = &bytes[..bytes.len().min(4 * SNIPPET_CHARS)];
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Error::EmptyBody { http_status };
    }
    if text.starts_with('<') {
        return Error::HtmlPage {
            http_status,
            snippet: Some(snippet(text)),
        };
    }
    match secrets {
        Secrets::None => Error::Decode { http_status, request_id, message, snippet: Some(snippet(text)) },
        Secrets::InAnswer => Error::Decode {
            http_status,
            request_id,
            message: "the body is not a valid answer (details withheld because this answer carries tokens)"
                .into(),
            snippet: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undecodable_bodies_are_named() {
        assert!(matches!(
            undecodable(200, b"  \n", String::new(), None, Secrets::None),
            Error::EmptyBody { http_status: 200 }
        ));
        let html = undecodable(
            502,
            b"<html><body>Bad Gateway</body></html>",
            String::new(),
            None,
            Secrets::None,
        );
        assert!(
            matches!(&html, Error::HtmlPage { http_status: 502, snippet: Some(s) } if s.contains("Bad Gateway"))
        );
        let json = undecodable(
            200,
            b"{\"request_id\": tru",
            "EOF".into(),
            Some("prq_1".into()),
            Secrets::None,
        );
        assert!(
            matches!(&json, Error::Decode { snippet: Some(s), request_id: Some(id), .. } if s.starts_with("{\"request_id\"") && id == "prq_1")
        );
        let secret = undecodable(
            200,
            b"{\"token\": \"ptu_secret",
            "EOF at ptu_secret".into(),
            None,
            Secrets::InAnswer,
        );
        assert!(!format!("{secret} {secret:?}").contains("ptu_secret"));
    }

    #[test]
    fn snippets_are_bounded() {
        let long = "x".repeat(10_000);
        let s = snippet(&long);
        assert_eq!(s.chars().count(), SNIPPET_CHARS + 1);
    }
}
