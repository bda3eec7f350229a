//! The SDK under faults: one table, one row per fault, run against a small programmable HTTP
//! server on 127.0.0.1 that misbehaves on purpose.
//!
//! Each row gives the server a script (what to do with each request it receives, in order:
//! answer with given bytes, close or reset the connection before answering or in the middle of
//! the body, never answer, drip the body, flood it) and asserts the exact outcome of one SDK call
//! (the decoded value, or the `Error` variant and its `http_status`, `pangea_status` and
//! `request_id`), the exact number of requests and polls the server saw, the
//! `x-pangea-retried-request-ids` header of every attempt, and how long the call took. Every
//! row also checks that each request carried the token, that polls carry no retried ids, that
//! the whole script was used, and that every connection closed once the client was dropped.
//!
//! What the rows document: transport failures after the request was sent (FIN, RST, a timeout)
//! are not retried, since `user/create` is not idempotent; a refused connection is. The
//! `Content-Type` of an answer is ignored both ways: a JSON body is decoded whatever type it
//! claims, and an HTML body is reported as `HtmlPage` even when labelled `application/json`.
//! Oversized bodies stop at `max_response_bytes` (32 MiB by default): at once when
//! `Content-Length` announces more, at the limit when the body is streamed.
//!
//! Every row runs even when another fails; the test then lists the rows that failed. Run one row
//! with `FAULTS_ROW='<part of its name>' cargo test -p authn-sdk --test faults -- --nocapture`.

use std::collections::VecDeque;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use authn_sdk::{AuthN, Config, Error, FieldError, User, UserRef};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

mod common;
use common::closed_port;

const TOKEN: &str = "pts_faultstabletoken";
/// The header Pangea's SDKs send on a retry, listing the ids of the earlier attempts.
const RETRIED_REQUEST_IDS: &str = "x-pangea-retried-request-ids";
const EMAIL: &str = "joe.user@email.com";
const USER_ID: &str = "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5";
const MIB: u64 = 1024 * 1024;
/// `Config::max_response_bytes` by default.
const DEFAULT_LIMIT: usize = 32 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// The programmable server
// ---------------------------------------------------------------------------------------------

/// What the server does with one request, once it has read it in full.
#[derive(Debug, Clone)]
enum Act {
    /// Answers with this status, these headers and this body (`Content-Length` is added), and
    /// keeps the connection open for the next request.
    Reply {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// Closes the connection cleanly (FIN) without answering.
    Close,
    /// Resets the connection (RST, through `SO_LINGER` 0) without answering.
    Reset,
    /// Sends the head of a `status` answer announcing `announced` body bytes, then `sent`,
    /// then resets.
    /// `request_id`: sent as `x-request-id`, which lets the SDK hand a final answer on
    /// unread (its fast path); without it, the SDK reads the body itself.
    ResetMidBody {
        status: u16,
        announced: usize,
        sent: Vec<u8>,
        request_id: Option<&'static str>,
    },
    /// Never answers: holds the connection until the client hangs up.
    Silent,
    /// Sends the head of a `200` at once, then the body one byte every `gap`.
    Drip {
        body: Vec<u8>,
        gap: Duration,
        request_id: Option<&'static str>,
    },
    /// A `200` whose body is `bytes` spaces, announced with `Content-Length` or streamed in
    /// chunks, written 64 KiB at a time for as long as the client reads.
    Flood { bytes: u64, chunked: bool },
}

/// One request the server received, and how its answer went.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    path: String,
    /// Header names in lower case.
    headers: Vec<(String, String)>,
    /// Body bytes the server managed to write.
    written: u64,
    /// Whether the server wrote its whole answer.
    complete: bool,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn is_poll(&self) -> bool {
        self.method == "GET" && self.path.starts_with("/request/")
    }
}

#[derive(Debug, Default)]
struct State {
    script: Mutex<VecDeque<Act>>,
    seen: Mutex<Vec<Seen>>,
    /// Connections accepted and not yet closed.
    open: AtomicUsize,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Decrements the count of open connections however the handler ends.
struct OpenGuard(Arc<State>);

impl Drop for OpenGuard {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::SeqCst);
    }
}

struct Server {
    url: String,
    state: Arc<State>,
    accept: tokio::task::JoinHandle<()>,
}

impl Server {
    async fn start(script: Vec<Act>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let state = Arc::new(State {
            script: Mutex::new(script.into()),
            ..State::default()
        });
        let shared = Arc::clone(&state);
        let accept = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                shared.open.fetch_add(1, Ordering::SeqCst);
                let guard = OpenGuard(Arc::clone(&shared));
                tokio::spawn(serve(stream, guard));
            }
        });
        Self {
            url: format!("http://{addr}"),
            state,
            accept,
        }
    }

    /// Stops accepting, waits (up to 3 s) for every connection to close, and returns what the
    /// server saw and the acts left over.
    async fn finish(self) -> Result<(Vec<Seen>, usize), String> {
        self.accept.abort();
        let deadline = Instant::now() + Duration::from_secs(3);
        while self.state.open.load(Ordering::SeqCst) > 0 {
            if Instant::now() > deadline {
                return Err(format!(
                    "{} connection(s) still open 3 s after the client was dropped",
                    self.state.open.load(Ordering::SeqCst)
                ));
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let seen = lock(&self.state.seen).clone();
        let left = lock(&self.state.script).len();
        Ok((seen, left))
    }
}

/// Serves one connection: one act per request, in script order across connections.
async fn serve(mut stream: TcpStream, guard: OpenGuard) {
    let state = Arc::clone(&guard.0);
    let mut buffer = Vec::new();
    while let Some((method, path, headers)) = read_request(&mut stream, &mut buffer).await {
        let act = lock(&state.script)
            .pop_front()
            .unwrap_or_else(|| Act::Reply {
                status: 418,
                headers: vec![("content-type", "text/plain".into())],
                body: b"the script of this row is exhausted".to_vec(),
            });
        let index = {
            let mut seen = lock(&state.seen);
            seen.push(Seen {
                method,
                path,
                headers,
                written: 0,
                complete: false,
            });
            seen.len() - 1
        };
        let (written, complete, keep_alive) = perform(&mut stream, act).await;
        {
            let mut seen = lock(&state.seen);
            seen[index].written = written;
            seen[index].complete = complete;
        }
        if !keep_alive {
            break;
        }
    }
    drop(stream);
    drop(guard);
}

/// Reads one request (head and `Content-Length` body) from `stream`, keeping what follows it in
/// `buffer`. `None` when the client hung up.
async fn read_request(
    stream: &mut TcpStream,
    buffer: &mut Vec<u8>,
) -> Option<(String, String, Vec<(String, String)>)> {
    let mut chunk = [0u8; 8192];
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_string();
            let mut lines = head.split("\r\n");
            let mut request_line = lines.next().unwrap_or_default().split(' ');
            let method = request_line.next().unwrap_or_default().to_string();
            let path = request_line.next().unwrap_or_default().to_string();
            let headers: Vec<(String, String)> = lines
                .filter_map(|line| line.split_once(':'))
                .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
                .collect();
            let length = headers
                .iter()
                .find(|(n, _)| n == "content-length")
                .and_then(|(_, v)| v.parse::<usize>().ok())
                .unwrap_or(0);
            if buffer.len() >= end + 4 + length {
                buffer.drain(..end + 4 + length);
                return Some((method, path, headers));
            }
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
        }
    }
}

fn head(status: u16, headers: &[(&str, String)]) -> Vec<u8> {
    let reason = http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Unknown");
    let mut head = format!("HTTP/1.1 {status} {reason}\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    head.into_bytes()
}

/// Carries out `act`: returns the body bytes written, whether the whole answer was written, and
/// whether the connection may serve another request.
async fn perform(stream: &mut TcpStream, act: Act) -> (u64, bool, bool) {
    match act {
        Act::Reply {
            status,
            mut headers,
            body,
        } => {
            headers.push(("content-length", body.len().to_string()));
            let mut bytes = head(status, &headers);
            bytes.extend_from_slice(&body);
            let ok = stream.write_all(&bytes).await.is_ok();
            (if ok { body.len() as u64 } else { 0 }, ok, ok)
        }
        Act::Close => {
            let _ = stream.shutdown().await;
            (0, true, false)
        }
        Act::Reset => {
            let _ = stream.set_zero_linger();
            (0, true, false)
        }
        Act::ResetMidBody {
            status,
            announced,
            sent,
            request_id,
        } => {
            let mut headers = vec![
                ("content-type", "application/json".to_string()),
                ("content-length", announced.to_string()),
            ];
            headers.extend(request_id.map(|id| ("x-request-id", id.to_string())));
            let mut bytes = head(status, &headers);
            bytes.extend_from_slice(&sent);
            let ok = stream.write_all(&bytes).await.is_ok();
            // Give the client the time to read the head before the reset.
            tokio::time::sleep(Duration::from_millis(50)).await;
            let _ = stream.set_zero_linger();
            (if ok { sent.len() as u64 } else { 0 }, false, false)
        }
        Act::Silent => {
            let mut sink = [0u8; 1024];
            let _ = tokio::time::timeout(Duration::from_secs(10), async {
                while matches!(stream.read(&mut sink).await, Ok(n) if n > 0) {}
            })
            .await;
            (0, false, false)
        }
        Act::Drip {
            body,
            gap,
            request_id,
        } => {
            let mut headers = vec![
                ("content-type", "application/json".to_string()),
                ("content-length", body.len().to_string()),
            ];
            headers.extend(request_id.map(|id| ("x-request-id", id.to_string())));
            if stream.write_all(&head(200, &headers)).await.is_err() {
                return (0, false, false);
            }
            let mut written = 0;
            for byte in &body {
                tokio::time::sleep(gap).await;
                if stream.write_all(std::slice::from_ref(byte)).await.is_err() {
                    return (written, false, false);
                }
                written += 1;
            }
            (written, true, false)
        }
        Act::Flood { bytes, chunked } => {
            let mut headers = vec![("content-type", "application/json".to_string())];
            if chunked {
                headers.push(("transfer-encoding", "chunked".into()));
            } else {
                headers.push(("content-length", bytes.to_string()));
            }
            if stream.write_all(&head(200, &headers)).await.is_err() {
                return (0, false, false);
            }
            const CHUNK: usize = 64 * 1024;
            let spaces = vec![b' '; CHUNK];
            let mut framed = format!("{CHUNK:x}\r\n").into_bytes();
            framed.extend_from_slice(&spaces);
            framed.extend_from_slice(b"\r\n");
            let mut written = 0u64;
            while written < bytes {
                let piece = if chunked { &framed } else { &spaces };
                if stream.write_all(piece).await.is_err() {
                    return (written, false, false);
                }
                written += CHUNK as u64;
            }
            if chunked && stream.write_all(b"0\r\n\r\n").await.is_err() {
                return (written, false, false);
            }
            (written, true, false)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------------------------

fn envelope(status: &str, request_id: &str, result: Value) -> Value {
    json!({
        "request_id": request_id,
        "request_time": "2024-06-01T10:00:00.000000Z",
        "response_time": "2024-06-01T10:00:00.100000Z",
        "status": status,
        "summary": format!("{status} summary"),
        "result": result,
    })
}

fn user_json() -> Value {
    json!({
        "id": USER_ID,
        "email": EMAIL,
        "profile": {"first_name": "Joe"},
        "verified": true,
        "disabled": false,
    })
}

fn ok_user(request_id: &str) -> Value {
    envelope("Success", request_id, user_json())
}

fn accepted(request_id: &str) -> Value {
    envelope(
        "Accepted",
        request_id,
        json!({"ttl_mins": 5, "retry_counter": 0, "location": format!("/request/{request_id}")}),
    )
}

/// A JSON answer.
fn reply(status: u16, body: &Value) -> Act {
    raw(status, "application/json", body.to_string().as_bytes())
}

/// An answer with any content type and body.
fn raw(status: u16, content_type: &str, body: &[u8]) -> Act {
    Act::Reply {
        status,
        headers: vec![("content-type", content_type.to_string())],
        body: body.to_vec(),
    }
}

/// Adds a header to a `Reply`.
fn with(act: Act, name: &'static str, value: &str) -> Act {
    match act {
        Act::Reply {
            status,
            mut headers,
            body,
        } => {
            headers.push((name, value.to_string()));
            Act::Reply {
                status,
                headers,
                body,
            }
        }
        other => other,
    }
}

const HTML_PAGE: &str = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>\
    <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

/// The SDK call a row makes.
#[derive(Debug, Clone, Copy)]
enum Call {
    /// `user/profile/get` by email.
    ProfileGet,
    /// `user/create` (not idempotent; the 202 rows use it).
    Create,
    /// `user/delete` by email: an empty result.
    Delete,
}

/// What a successful call decoded.
#[derive(Debug)]
enum Decoded {
    User(Box<User>),
    Empty,
}

#[derive(Debug)]
struct Got {
    request_id: String,
    decoded: Decoded,
}

impl Call {
    async fn run(self, authn: &AuthN) -> Result<Got, Error> {
        let user = |r: authn_sdk::Response<User>| Got {
            request_id: r.request_id.clone(),
            decoded: Decoded::User(Box::new(r.into_result())),
        };
        match self {
            Call::ProfileGet => authn
                .user()
                .profile()
                .get(UserRef::email(EMAIL))
                .send()
                .await
                .map(user),
            Call::Create => authn.user().create(EMAIL).send().await.map(user),
            Call::Delete => authn
                .user()
                .delete(UserRef::email(EMAIL))
                .send()
                .await
                .map(|r| Got {
                    request_id: r.request_id,
                    decoded: Decoded::Empty,
                }),
        }
    }
}

/// The `Error` variants a row can expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Api,
    Pending,
    Timeout,
    Transport,
    Decode,
    HtmlPage,
    EmptyBody,
    ResponseTooLarge,
}

fn kind(error: &Error) -> Option<Kind> {
    Some(match error {
        Error::Api(_) => Kind::Api,
        Error::Pending { .. } => Kind::Pending,
        Error::Timeout { .. } => Kind::Timeout,
        Error::Transport { .. } => Kind::Transport,
        Error::Decode { .. } => Kind::Decode,
        Error::HtmlPage { .. } => Kind::HtmlPage,
        Error::EmptyBody { .. } => Kind::EmptyBody,
        Error::ResponseTooLarge { .. } => Kind::ResponseTooLarge,
        _ => return None,
    })
}

/// The outcome a row expects.
#[derive(Debug, Clone)]
enum Expect {
    /// A user with this id, in an envelope with this request id.
    User {
        request_id: &'static str,
        id: &'static str,
    },
    /// An empty result, in an envelope with this request id.
    Empty { request_id: &'static str },
    /// This error, with exactly these accessors.
    Err {
        kind: Kind,
        http_status: Option<u16>,
        pangea_status: Option<&'static str>,
        request_id: Option<&'static str>,
    },
}

fn user(request_id: &'static str) -> Expect {
    Expect::User {
        request_id,
        id: USER_ID,
    }
}

fn err(
    kind: Kind,
    http_status: Option<u16>,
    pangea_status: Option<&'static str>,
    request_id: Option<&'static str>,
) -> Expect {
    Expect::Err {
        kind,
        http_status,
        pangea_status,
        request_id,
    }
}

/// What a row's call ended with, for its extra check.
struct Outcome {
    result: Result<Got, Error>,
    seen: Vec<Seen>,
}

type Extra = fn(&Outcome) -> Result<(), String>;

struct Row {
    name: &'static str,
    call: Call,
    /// `None`: nothing listens on the port (connection refused).
    script: Option<Vec<Act>>,
    /// Changes to the fast configuration of [`fast`].
    config: fn(Config) -> Config,
    expect: Expect,
    /// How many calls (`POST /v2/...`) the server saw.
    requests: usize,
    /// How many polls (`GET /request/{id}`) the server saw.
    polls: usize,
    /// The `x-pangea-retried-request-ids` header of each call, in order; empty: no call has it.
    retried: Vec<Option<&'static str>>,
    /// How long the call may take.
    elapsed: Range<Duration>,
    extra: Option<Extra>,
}

fn ms(ms: u64) -> Duration {
    Duration::from_millis(ms)
}

impl Row {
    fn new(name: &'static str, call: Call, script: Vec<Act>, expect: Expect) -> Self {
        Self {
            name,
            call,
            script: Some(script),
            config: |c| c,
            expect,
            requests: 1,
            polls: 0,
            retried: Vec::new(),
            elapsed: Duration::ZERO..ms(2000),
            extra: None,
        }
    }

    fn config(mut self, config: fn(Config) -> Config) -> Self {
        self.config = config;
        self
    }

    fn requests(mut self, requests: usize) -> Self {
        self.requests = requests;
        self
    }

    fn polls(mut self, polls: usize) -> Self {
        self.polls = polls;
        self
    }

    fn retried(mut self, retried: &[Option<&'static str>]) -> Self {
        self.retried = retried.to_vec();
        self
    }

    fn elapsed(mut self, elapsed: Range<Duration>) -> Self {
        self.elapsed = elapsed;
        self
    }

    fn extra(mut self, extra: Extra) -> Self {
        self.extra = Some(extra);
        self
    }
}

/// Fast settings: short backoffs, polls and timeouts, 3 retries.
fn fast(base_url: &str) -> Config {
    Config::new(TOKEN)
        .base_url_template(base_url)
        .retries(3)
        .backoff(ms(5), ms(20))
        .timeout(ms(2000))
        .connect_timeout(ms(1000))
        .poll_timing(ms(1000), ms(10))
}

/// Two failing answers, then a user in an envelope with the id `prq_<code>_ok`.
fn twice_then_ok(code: u16, first: Act, second: Act) -> Vec<Act> {
    let ok = format!("prq_{code}_ok");
    vec![first, second, reply(200, &ok_user(&ok))]
}

fn snippet(outcome: &Outcome) -> Result<&str, String> {
    match &outcome.result {
        Err(Error::Decode {
            snippet: Some(s), ..
        })
        | Err(Error::HtmlPage {
            snippet: Some(s), ..
        }) => Ok(s),
        other => Err(format!("expected a snippet, got {other:?}")),
    }
}

/// The last request's answer was cut short: the server could not write it all.
fn cut_short(outcome: &Outcome) -> Result<(), String> {
    let last = outcome.seen.last().ok_or("the server saw no request")?;
    if last.complete {
        return Err(format!(
            "the server wrote its whole answer ({} body bytes)",
            last.written
        ));
    }
    Ok(())
}

/// Where a transport failure or a timeout happened, read from its `reqwest` source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Opening the connection: the request never left.
    Connect,
    /// After sending, before the response head.
    BeforeHead,
    /// Reading the body, after the head arrived.
    InBody,
}

fn broke_at(outcome: &Outcome, want: Stage) -> Result<(), String> {
    let source = match &outcome.result {
        Err(Error::Transport { source } | Error::Timeout { source }) => source,
        other => return Err(format!("expected a transport failure, got {other:?}")),
    };
    // The SDK's own transport failed, so the documented escape hatch gives the reqwest error.
    let Some(source) = source.downcast_ref::<reqwest::Error>() else {
        return Err(format!("the cause is not a reqwest::Error: {source:?}"));
    };
    let stage = if source.is_connect() {
        Stage::Connect
    } else if source.is_request() {
        Stage::BeforeHead
    } else if source.is_decode() {
        Stage::InBody
    } else {
        return Err(format!("a failure at no known stage: {source:?}"));
    };
    (stage == want)
        .then_some(())
        .ok_or(format!("broke at {stage:?}, expected {want:?}: {source:?}"))
}

/// A body cut short by a reset, and a body dripped past the timeout. Each runs twice: without
/// `x-request-id` the transport reads the body itself; with it, the transport hands the answer
/// on unread and the generated code reads it. Both paths must end the same way.
fn broken_bodies(request_id: Option<&'static str>) -> [Row; 2] {
    let (reset, drip) = match request_id {
        None => (
            "connection reset in the middle of the body: Transport, not retried",
            "a body dripped one byte every 20 ms outlasts the timeout",
        ),
        Some(_) => (
            "connection reset in the middle of a named body (unread by the transport): Transport",
            "a named body (unread by the transport) dripped one byte every 20 ms: Timeout",
        ),
    };
    let in_body = |o: &Outcome| {
        broke_at(o, Stage::InBody)?;
        cut_short(o)
    };
    [
        Row::new(
            reset,
            Call::ProfileGet,
            vec![Act::ResetMidBody {
                status: 200,
                announced: 500,
                sent: br#"{"request_id": "prq_cut", "status": "Succ"#.to_vec(),
                request_id,
            }],
            err(Kind::Transport, None, None, None),
        )
        .extra(in_body),
        Row::new(
            drip,
            Call::ProfileGet,
            vec![Act::Drip {
                body: ok_user("prq_drip").to_string().into_bytes(),
                gap: ms(20),
                request_id,
            }],
            err(Kind::Timeout, None, None, None),
        )
        .config(|c| c.timeout(ms(300)))
        .elapsed(ms(300)..ms(1500))
        .extra(in_body),
    ]
}

fn rows() -> Vec<Row> {
    use Call::*;
    use Kind::*;
    let err_envelope = |status: &str, id: &str| envelope(status, id, Value::Null);
    let mut rows = vec![
        // --- Below HTTP -------------------------------------------------------------------
        Row {
            // Nothing listens: each attempt is refused, and refused connections are retried
            // (the request never left): 2 retries after at least 75 ms each.
            script: None,
            config: |c| c.retries(2).backoff(ms(100), ms(100)),
            requests: 0,
            elapsed: ms(150)..ms(2000),
            ..Row::new(
                "connection refused: retried, then Transport",
                ProfileGet,
                vec![],
                err(Transport, None, None, None),
            )
            .extra(|o| broke_at(o, Stage::Connect))
        },
        Row::new(
            "connection closed (FIN) before the response: Transport, not retried",
            ProfileGet,
            vec![Act::Close],
            err(Transport, None, None, None),
        )
        .extra(|o| broke_at(o, Stage::BeforeHead)),
        Row::new(
            "connection reset (RST) before the response: Transport, not retried",
            ProfileGet,
            vec![Act::Reset],
            err(Transport, None, None, None),
        )
        .extra(|o| broke_at(o, Stage::BeforeHead)),
        Row::new(
            "a server that never answers: the timeout fires, not retried",
            ProfileGet,
            vec![Act::Silent],
            err(Timeout, None, None, None),
        )
        .config(|c| c.timeout(ms(300)))
        .elapsed(ms(300)..ms(1500))
        .extra(|o| broke_at(o, Stage::BeforeHead)),
        // --- Retried server errors --------------------------------------------------------
        Row::new(
            "500 twice (ids in the body) then 200: retried with the earlier ids",
            ProfileGet,
            twice_then_ok(
                500,
                reply(500, &err_envelope("InternalError", "prq_500_1")),
                reply(500, &err_envelope("InternalError", "prq_500_2")),
            ),
            user("prq_500_ok"),
        )
        .requests(3)
        .retried(&[None, Some("prq_500_1"), Some("prq_500_1,prq_500_2")]),
        Row::new(
            "502 twice (HTML, ids in x-request-id) then 200: retried with the earlier ids",
            ProfileGet,
            twice_then_ok(
                502,
                with(
                    raw(502, "text/html", HTML_PAGE.as_bytes()),
                    "x-request-id",
                    "prq_502_1",
                ),
                with(
                    raw(502, "text/html", HTML_PAGE.as_bytes()),
                    "x-request-id",
                    "prq_502_2",
                ),
            ),
            user("prq_502_ok"),
        )
        .requests(3)
        .retried(&[None, Some("prq_502_1"), Some("prq_502_1,prq_502_2")]),
        Row::new(
            "503 twice (ids in header and body) then 200: retried with the earlier ids",
            ProfileGet,
            twice_then_ok(
                503,
                with(
                    reply(503, &err_envelope("ServiceNotAvailable", "prq_503_1")),
                    "x-request-id",
                    "prq_503_1",
                ),
                with(
                    reply(503, &err_envelope("ServiceNotAvailable", "prq_503_2")),
                    "x-request-id",
                    "prq_503_2",
                ),
            ),
            user("prq_503_ok"),
        )
        .requests(3)
        .retried(&[None, Some("prq_503_1"), Some("prq_503_1,prq_503_2")]),
        Row::new(
            "504 twice (empty bodies, ids in x-request-id) then 200: retried with the earlier ids",
            ProfileGet,
            twice_then_ok(
                504,
                with(raw(504, "text/plain", b""), "x-request-id", "prq_504_1"),
                with(raw(504, "text/plain", b""), "x-request-id", "prq_504_2"),
            ),
            user("prq_504_ok"),
        )
        .requests(3)
        .retried(&[None, Some("prq_504_1"), Some("prq_504_1,prq_504_2")]),
        Row::new(
            "503 four times: retries exhausted, the last answer is the error",
            ProfileGet,
            (1..=4)
                .map(|n| reply(503, &err_envelope("ServiceNotAvailable", &format!("prq_x_{n}"))))
                .collect(),
            err(Api, Some(503), Some("ServiceNotAvailable"), Some("prq_x_4")),
        )
        .requests(4)
        .retried(&[
            None,
            Some("prq_x_1"),
            Some("prq_x_1,prq_x_2"),
            Some("prq_x_1,prq_x_2,prq_x_3"),
        ]),
        Row::new(
            "502 HTML page from a proxy, every time: retried without ids, then HtmlPage",
            ProfileGet,
            vec![raw(502, "text/html", HTML_PAGE.as_bytes()); 4],
            err(HtmlPage, Some(502), None, None),
        )
        .requests(4)
        .retried(&[None, None, None, None])
        .extra(|o| {
            let s = snippet(o)?;
            s.starts_with("<!DOCTYPE html>")
                .then_some(())
                .ok_or(format!("snippet {s:?}"))
        }),
        // --- Retry-After ----------------------------------------------------------------
        Row::new(
            "429 with Retry-After: 1, then 200: waits the second, not the 5 ms backoff",
            ProfileGet,
            vec![
                with(
                    reply(429, &err_envelope("TooManyRequests", "prq_429")),
                    "retry-after",
                    "1",
                ),
                reply(200, &ok_user("prq_429_ok")),
            ],
            user("prq_429_ok"),
        )
        .requests(2)
        .retried(&[None, Some("prq_429")])
        .elapsed(ms(1000)..ms(2500)),
        Row::new(
            "503 with Retry-After: 1, then 200: waits the second, not the 5 ms backoff",
            ProfileGet,
            vec![
                with(
                    reply(503, &err_envelope("ServiceNotAvailable", "prq_503ra")),
                    "retry-after",
                    "1",
                ),
                reply(200, &ok_user("prq_503ra_ok")),
            ],
            user("prq_503ra_ok"),
        )
        .requests(2)
        .retried(&[None, Some("prq_503ra")])
        .elapsed(ms(1000)..ms(2500)),
        Row::new(
            "503 with Retry-After beyond max_retry_after: not waited for, not retried",
            ProfileGet,
            vec![with(
                reply(503, &err_envelope("ServiceNotAvailable", "prq_503long")),
                "retry-after",
                "120",
            )],
            err(
                Api,
                Some(503),
                Some("ServiceNotAvailable"),
                Some("prq_503long"),
            ),
        )
        .config(|c| c.max_retry_after(ms(1000)))
        .elapsed(Duration::ZERO..ms(900)),
        Row::new(
            "429 without Retry-After: not retried",
            ProfileGet,
            vec![reply(
                429,
                &err_envelope("TooManyRequests", "prq_429_plain"),
            )],
            err(Api, Some(429), Some("TooManyRequests"), Some("prq_429_plain")),
        ),
        // --- Client errors --------------------------------------------------------------
        Row::new(
            "400 ValidationError: field errors decoded, never retried",
            ProfileGet,
            vec![reply(
                400,
                &envelope(
                    "ValidationError",
                    "prq_400",
                    json!({"errors": [{"code": "BadFormatEmail", "detail": "bad email", "source": "/email"}]}),
                ),
            )],
            err(Api, Some(400), Some("ValidationError"), Some("prq_400")),
        )
        .extra(|o| match &o.result {
            Err(e) if e.field_errors() == [FieldError::new("BadFormatEmail", "bad email", "/email")] => {
                Ok(())
            }
            other => Err(format!("field errors of {other:?}")),
        }),
        Row::new(
            "401 Unauthorized: never retried",
            ProfileGet,
            vec![reply(401, &err_envelope("Unauthorized", "prq_401"))],
            err(Api, Some(401), Some("Unauthorized"), Some("prq_401")),
        ),
        // --- 202 Accepted ---------------------------------------------------------------
        Row::new(
            "202 that resolves on the second poll: the POST is not repeated",
            Create,
            vec![
                reply(202, &accepted("prq_async")),
                reply(202, &accepted("prq_async")),
                reply(200, &ok_user("prq_async")),
            ],
            user("prq_async"),
        )
        .polls(2)
        .extra(|o| {
            let polls: Vec<&str> = o
                .seen
                .iter()
                .filter(|s| s.is_poll())
                .map(|s| s.path.as_str())
                .collect();
            (polls == ["/request/prq_async", "/request/prq_async"])
                .then_some(())
                .ok_or(format!("polled {polls:?}"))
        }),
        Row::new(
            // Polls wait 50, 200 and 450 ms (n² × 50 ms); the fourth would end past 1,490 ms,
            // and the third has 790 ms for its round trips.
            "202 that never resolves: Pending with the request id after 3 polls",
            Create,
            vec![reply(202, &accepted("prq_slow")); 4],
            err(Pending, Some(202), None, Some("prq_slow")),
        )
        .config(|c| c.poll_timing(ms(1490), ms(50)))
        .polls(3)
        .elapsed(ms(700)..ms(5000)),
        Row::new(
            // The POST was accepted: a failed poll must not turn it into a transport error,
            // which reads as safe to send again.
            "202, then the poll's connection is reset: Pending with the request id",
            Create,
            vec![reply(202, &accepted("prq_reset")), Act::Reset],
            err(Pending, Some(202), None, Some("prq_reset")),
        )
        .polls(1),
        Row::new(
            "202, then the poll is never answered: Pending with the request id after the timeout",
            Create,
            vec![reply(202, &accepted("prq_silent")), Act::Silent],
            err(Pending, Some(202), None, Some("prq_silent")),
        )
        .config(|c| c.timeout(ms(300)))
        .elapsed(ms(300)..ms(1500))
        .polls(1),
        Row::new(
            // `Instant + Duration::MAX` overflowed (a panic) before the budget was checked.
            "202 with an unbounded poll budget (Duration::MAX): polled until it resolves",
            Create,
            vec![
                reply(202, &accepted("prq_forever")),
                reply(200, &ok_user("prq_forever")),
            ],
            user("prq_forever"),
        )
        .config(|c| c.poll_timing(Duration::MAX, ms(10)))
        .polls(1),
        Row::new(
            // Same overflow with the delay: a first delay past any deadline means no poll.
            "202 with a first poll delay of Duration::MAX: Pending at once, no poll",
            Create,
            vec![reply(202, &accepted("prq_never"))],
            err(Pending, Some(202), None, Some("prq_never")),
        )
        .config(|c| c.poll_timing(ms(1000), Duration::MAX))
        .elapsed(Duration::ZERO..ms(500)),
        // --- Bodies that are not the documented answer ----------------------------------
        Row::new(
            // An HTTP status the call does not document leaves its body to the SDK, which read
            // a broken one as empty (`EmptyBody`) and lost the cause.
            "undocumented HTTP 207 whose named body is cut by a reset: Transport, not EmptyBody",
            ProfileGet,
            vec![Act::ResetMidBody {
                status: 207,
                announced: 500,
                sent: br#"{"request_id": "prq_multi", "status": "Mul"#.to_vec(),
                request_id: Some("prq_multi"),
            }],
            err(Transport, None, None, None),
        ),
        Row::new(
            "HTTP 200 with a non-Success status: Api error, not retried",
            ProfileGet,
            vec![reply(200, &err_envelope("DisabledUser", "prq_disabled"))],
            err(Api, Some(200), Some("DisabledUser"), Some("prq_disabled")),
        ),
        Row::new(
            "200 with a body that is not JSON: Decode with a snippet",
            ProfileGet,
            vec![with(
                raw(
                    200,
                    "application/json",
                    b"upstream connect error or disconnect/reset before headers",
                ),
                "x-request-id",
                "prq_text",
            )],
            err(Decode, Some(200), None, Some("prq_text")),
        )
        .extra(|o| {
            let s = snippet(o)?;
            (s == "upstream connect error or disconnect/reset before headers")
                .then_some(())
                .ok_or(format!("snippet {s:?}"))
        }),
        Row::new(
            "200 with truncated JSON: Decode, no request id",
            ProfileGet,
            vec![raw(
                200,
                "application/json",
                &ok_user("prq_trunc").to_string().into_bytes()[..60],
            )],
            err(Decode, Some(200), None, None),
        )
        .extra(|o| {
            let s = snippet(o)?;
            let full = ok_user("prq_trunc").to_string();
            (s == &full[..60])
                .then_some(())
                .ok_or(format!("snippet {s:?}"))
        }),
        Row::new(
            "200 with an HTML proxy page: HtmlPage",
            ProfileGet,
            vec![raw(200, "text/html", format!("\n  {HTML_PAGE}").as_bytes())],
            err(HtmlPage, Some(200), None, None),
        ),
        Row::new(
            "200 with an empty body: EmptyBody",
            ProfileGet,
            vec![raw(200, "application/json", b"")],
            err(EmptyBody, Some(200), None, None),
        ),
        Row::new(
            // The content type is not trusted either way: the body is decoded as JSON whatever
            // it says (progenitor's `ResponseValue::from_response` ignores it).
            "text/plain content type with a JSON body: decoded anyway",
            ProfileGet,
            vec![raw(
                200,
                "text/plain; charset=utf-8",
                ok_user("prq_plain").to_string().as_bytes(),
            )],
            user("prq_plain"),
        ),
        Row::new(
            "application/json content type with an HTML body: HtmlPage",
            ProfileGet,
            vec![raw(200, "application/json", HTML_PAGE.as_bytes())],
            err(HtmlPage, Some(200), None, None),
        ),
        Row::new(
            "result null where a user is expected: Decode with the request id",
            ProfileGet,
            vec![reply(200, &envelope("Success", "prq_null", Value::Null))],
            err(Decode, Some(200), None, Some("prq_null")),
        )
        .extra(|o| match &o.result {
            Err(Error::Decode { message, .. }) if message.contains("documented shape") => Ok(()),
            other => Err(format!("message of {other:?}")),
        }),
        Row::new(
            "user.delete with a user object as its result: accepted, the result ignored",
            Delete,
            vec![reply(200, &envelope("Success", "prq_del_obj", user_json()))],
            Expect::Empty {
                request_id: "prq_del_obj",
            },
        ),
        Row::new(
            "user.delete with an array as its result: Decode with the request id",
            Delete,
            vec![reply(200, &envelope("Success", "prq_del_arr", json!([1, 2])))],
            err(Decode, Some(200), None, Some("prq_del_arr")),
        ),
        Row::new(
            "user.delete with result null: accepted",
            Delete,
            vec![reply(200, &envelope("Success", "prq_del_null", Value::Null))],
            Expect::Empty {
                request_id: "prq_del_null",
            },
        ),
        Row::new(
            "unknown fields and unknown enum values: accepted",
            ProfileGet,
            vec![reply(200, &{
                let mut body = ok_user("prq_extra");
                body["new_envelope_field"] = json!({"x": [1, 2]});
                body["result"]["favourite_colour"] = json!("teal");
                body["result"]["authenticators"] = json!([{
                    "id": "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a",
                    "type": "webauthn2",
                    "enabled": true,
                    "created_at": "2024-06-01T10:00:00Z",
                    "updated_at": "2024-06-01T10:00:00Z",
                    "brand_new_field": {"nested": [1, 2]},
                }]);
                body
            })],
            user("prq_extra"),
        )
        .extra(|o| match &o.result {
            Ok(Got {
                decoded: Decoded::User(u),
                ..
            }) if u.authenticators.len() == 1
                && u.authenticators[0].kind == "webauthn2" =>
            {
                Ok(())
            }
            other => Err(format!("authenticators of {other:?}")),
        }),
        // --- Oversized bodies (default max_response_bytes, 32 MiB) ------------------------
        Row::new(
            "64 MiB announced by Content-Length: ResponseTooLarge at once, nothing read",
            ProfileGet,
            vec![Act::Flood {
                bytes: 64 * MIB,
                chunked: false,
            }],
            err(ResponseTooLarge, Some(200), None, None),
        )
        .elapsed(Duration::ZERO..ms(1000))
        .extra(|o| {
            too_large(o)?;
            cut_short(o)?;
            let written = o.seen.last().map_or(0, |s| s.written);
            // Only what the socket buffers took: far less than the 32 MiB limit.
            (written < 32 * MIB)
                .then_some(())
                .ok_or(format!("the server wrote {written} bytes"))
        }),
        Row::new(
            "64 MiB streamed in chunks: ResponseTooLarge at the limit, the rest never read",
            ProfileGet,
            vec![Act::Flood {
                bytes: 64 * MIB,
                chunked: true,
            }],
            err(ResponseTooLarge, Some(200), None, None),
        )
        // 32 MiB through the chunked decoder of a debug build, on a loaded machine.
        .elapsed(Duration::ZERO..ms(15000))
        .extra(|o| {
            too_large(o)?;
            cut_short(o)?;
            let written = o.seen.last().map_or(0, |s| s.written);
            // The client stops reading at 32 MiB; socket buffers hold a few MiB more.
            (written < 48 * MIB)
                .then_some(())
                .ok_or(format!("the server wrote {written} bytes"))
        }),
    ];
    rows.extend(broken_bodies(None));
    rows.extend(broken_bodies(Some("prq_named")));
    rows
}

fn too_large(outcome: &Outcome) -> Result<(), String> {
    match &outcome.result {
        Err(Error::ResponseTooLarge {
            limit: DEFAULT_LIMIT,
            ..
        }) => Ok(()),
        other => Err(format!("expected the default limit, got {other:?}")),
    }
}

// ---------------------------------------------------------------------------------------------
// The runner
// ---------------------------------------------------------------------------------------------

macro_rules! ensure {
    ($cond:expr, $($arg:tt)+) => {
        if !$cond {
            return Err(format!($($arg)+));
        }
    };
}

fn check_expect(expect: &Expect, result: &Result<Got, Error>) -> Result<(), String> {
    match (expect, result) {
        (
            Expect::User { request_id, id },
            Ok(Got {
                request_id: got_id,
                decoded: Decoded::User(user),
            }),
        ) => {
            ensure!(
                got_id == request_id,
                "request id {got_id}, expected {request_id}"
            );
            ensure!(user.id == *id, "user id {}, expected {id}", user.id);
            Ok(())
        }
        (
            Expect::Empty { request_id },
            Ok(Got {
                request_id: got_id,
                decoded: Decoded::Empty,
            }),
        ) => {
            ensure!(
                got_id == request_id,
                "request id {got_id}, expected {request_id}"
            );
            Ok(())
        }
        (
            Expect::Err {
                kind: want,
                http_status,
                pangea_status,
                request_id,
            },
            Err(error),
        ) => {
            ensure!(
                kind(error) == Some(*want),
                "expected {want:?}, got {error:?} ({error})"
            );
            ensure!(
                error.http_status() == *http_status,
                "http_status {:?}, expected {http_status:?} ({error:?})",
                error.http_status()
            );
            let got = error.pangea_status().map(|s| s.as_str());
            ensure!(
                got == *pangea_status,
                "pangea_status {got:?}, expected {pangea_status:?}"
            );
            ensure!(
                error.request_id() == *request_id,
                "request_id {:?}, expected {request_id:?}",
                error.request_id()
            );
            // Every error prints, and names its request id when it has one.
            let shown = error.to_string();
            if let Some(id) = request_id.filter(|_| *want != Kind::Decode) {
                ensure!(shown.contains(id), "`{shown}` does not name {id}");
            }
            Ok(())
        }
        (expect, got) => Err(format!("expected {expect:?}, got {got:?}")),
    }
}

async fn run_row(row: Row) -> Result<Duration, String> {
    let server = match row.script.clone() {
        Some(script) => Some(Server::start(script).await),
        None => None,
    };
    // Without a server, a port bound but not listening, held until the row is over:
    // connections to it are refused, and no other process can take it meanwhile.
    let (url, _closed_port) = match &server {
        Some(server) => (server.url.clone(), None),
        None => {
            let (socket, port) = closed_port();
            (format!("http://127.0.0.1:{port}"), Some(socket))
        }
    };
    let authn = AuthN::new((row.config)(fast(&url))).map_err(|e| e.to_string())?;
    let started = Instant::now();
    // Past every row's `elapsed` bound: only a call that never ends gets here.
    let result = tokio::time::timeout(Duration::from_secs(30), row.call.run(&authn))
        .await
        .map_err(|_| "the call hung for 30 s".to_string())?;
    let elapsed = started.elapsed();
    // Dropping the client closes its pooled connections, so the server can finish.
    drop(authn);
    let (seen, left) = match server {
        Some(server) => server.finish().await?,
        None => (Vec::new(), 0),
    };
    let outcome = Outcome { result, seen };

    check_expect(&row.expect, &outcome.result)?;
    let calls: Vec<&Seen> = outcome.seen.iter().filter(|s| s.method == "POST").collect();
    let polls = outcome.seen.iter().filter(|s| s.is_poll()).count();
    ensure!(
        calls.len() + polls == outcome.seen.len(),
        "unexpected requests: {:?}",
        outcome.seen
    );
    ensure!(
        calls.len() == row.requests,
        "the server saw {} calls, expected {}",
        calls.len(),
        row.requests
    );
    ensure!(
        polls == row.polls,
        "the server saw {polls} polls, expected {}",
        row.polls
    );
    ensure!(left == 0, "{left} act(s) of the script were never used");
    let retried: Vec<Option<&str>> = calls
        .iter()
        .map(|s| s.header(RETRIED_REQUEST_IDS))
        .collect();
    let want: Vec<Option<&str>> = if row.retried.is_empty() {
        vec![None; calls.len()]
    } else {
        row.retried.clone()
    };
    ensure!(
        retried == want,
        "{RETRIED_REQUEST_IDS} per call: {retried:?}, expected {want:?}"
    );
    let bearer = format!("Bearer {TOKEN}");
    for seen in &outcome.seen {
        ensure!(
            seen.header("authorization") == Some(bearer.as_str()),
            "{} {} without the token",
            seen.method,
            seen.path
        );
        if seen.is_poll() {
            ensure!(
                seen.header(RETRIED_REQUEST_IDS).is_none(),
                "a poll carries {RETRIED_REQUEST_IDS}"
            );
        }
    }
    ensure!(
        row.elapsed.contains(&elapsed),
        "took {elapsed:?}, expected {:?}",
        row.elapsed
    );
    if let Some(extra) = row.extra {
        extra(&outcome)?;
    }
    Ok(elapsed)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fault_ends_in_the_documented_outcome() {
    let rows = rows();
    assert!(rows.len() >= 24, "{} rows", rows.len());
    let mut names: Vec<&str> = rows.iter().map(|r| r.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), rows.len(), "row names are unique");

    let only = std::env::var("FAULTS_ROW").ok();
    let total = Instant::now();
    let mut failures = Vec::new();
    let mut ran = 0;
    for row in rows {
        if only.as_deref().is_some_and(|only| !row.name.contains(only)) {
            continue;
        }
        ran += 1;
        let name = row.name;
        // A panic in the SDK (or the row) fails this row, not the others.
        match tokio::spawn(run_row(row)).await {
            Ok(Ok(elapsed)) => eprintln!("ok     {elapsed:>10.1?}  {name}"),
            Ok(Err(message)) => {
                eprintln!("FAILED              {name}: {message}");
                failures.push(format!("{name}: {message}"));
            }
            Err(panic) => {
                eprintln!("PANIC               {name}: {panic}");
                failures.push(format!("{name}: panicked: {panic}"));
            }
        }
    }
    eprintln!("{ran} rows in {:.1?}", total.elapsed());
    assert!(ran > 0, "FAULTS_ROW={only:?} matches no row");
    assert!(
        failures.is_empty(),
        "{} of {ran} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
