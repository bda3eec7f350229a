//! Recording answers, for checking them against the description from outside.
//!
//! With [`EmulatorConfig::record_answers`](crate::EmulatorConfig::record_answers) set to a
//! directory, every answer of a route of the description (not the `/_emulator/` routes) is
//! appended to a file of its own in that directory, one JSON line each:
//! `{"method", "route", "status", "body"}`, `route` being the path template (`/v2/user/create`,
//! `/request/{request_id}`). The workspace tests validate these lines against
//! `openapi/authn.yaml`. Token values in the bodies are replaced by `<redacted>`, so that no
//! secret lands in a file. Off by default; answers are buffered only when it is on.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use axum::body::{Body, to_bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use serde_json::{Value, json};

/// One emulator's recording file.
#[derive(Debug)]
pub(crate) struct Recorder {
    file: Mutex<File>,
}

static FILES: AtomicU64 = AtomicU64::new(0);

impl Recorder {
    /// Opens a new file in `dir` (created if needed), named after the process and a counter so
    /// that emulators of one or several processes never share one.
    pub(crate) fn create(dir: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        let name = format!(
            "answers-{}-{}.jsonl",
            std::process::id(),
            FILES.fetch_add(1, Ordering::Relaxed)
        );
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join(name))?;
        Ok(Self {
            file: Mutex::new(file),
        })
    }

    fn write(&self, line: &Value) {
        let mut text = line.to_string();
        text.push('\n');
        let mut file = self.file.lock().unwrap_or_else(PoisonError::into_inner);
        if let Err(e) = file.write_all(text.as_bytes()) {
            tracing::warn!(error = %e, "could not record an answer");
        }
    }
}

/// Replaces the value of every `token` key with `<redacted>`.
fn redact(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                if key == "token" && inner.is_string() {
                    *inner = Value::String("<redacted>".into());
                } else {
                    redact(inner);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

/// The middleware: passes the request on, then records the answer.
pub(crate) async fn record(
    State(recorder): State<Arc<Recorder>>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().to_string();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string());
    let response = next.run(request).await;
    let Some(route) = route.filter(|r| !r.starts_with("/_emulator/")) else {
        return response;
    };
    let (parts, body) = response.into_parts();
    // Answers are envelopes of a few kilobytes; the limit only bounds a surprise.
    let bytes = match to_bytes(body, 64 * 1024 * 1024).await {
        Ok(bytes) => bytes,
        Err(_) => return Response::from_parts(parts, Body::empty()),
    };
    let mut answer: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    redact(&mut answer);
    recorder.write(&json!({
        "method": method,
        "route": route,
        "status": parts.status.as_u16(),
        "body": answer,
    }));
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_values_are_redacted_wherever_they_are() {
        let mut value = json!({"result": {"active_token": {"token": "ptu_secret", "id": "pmt_1"},
            "list": [{"token": "ptr_secret"}], "token_count": 2}});
        redact(&mut value);
        assert_eq!(
            value,
            json!({"result": {"active_token": {"token": "<redacted>", "id": "pmt_1"},
                "list": [{"token": "<redacted>"}], "token_count": 2}})
        );
    }
}
