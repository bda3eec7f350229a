//! Slow, idle and oversized clients, over raw TCP, against an emulator with short limits.
//!
//! A client that connects and sends nothing, one that drips its headers a byte at a time, and
//! one that sends its headers and then stalls its body must each be let go within a bound (the
//! first two disconnected, the third answered with a `408 RequestTimeout` envelope and then
//! disconnected), while a well-behaved client is served all along. `max_body_bytes` holds
//! whatever `Content-Length` says or does not say.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use authn_emulator::{Emulator, EmulatorConfig};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::net::tcp::OwnedReadHalf;
use tokio::task::JoinHandle;

const TOKEN: &str = "pts_limits";
const HEADER_TIMEOUT: Duration = Duration::from_millis(300);
const BODY_TIMEOUT: Duration = Duration::from_millis(300);
const MAX_BODY: usize = 1024;
/// Scheduling slack on a loaded 2-core machine running debug builds.
const SLACK: Duration = Duration::from_secs(2);

async fn emulator() -> Emulator {
    let config = EmulatorConfig {
        header_timeout: HEADER_TIMEOUT,
        body_timeout: BODY_TIMEOUT,
        max_body_bytes: MAX_BODY,
        ..EmulatorConfig::new(TOKEN)
    };
    Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts")
}

/// A well-behaved client in the background: one `user/list` every 10 ms until stopped.
#[derive(Debug)]
struct NormalClient {
    stop: Arc<AtomicBool>,
    task: JoinHandle<(usize, Duration)>,
}

impl NormalClient {
    fn start(emulator: &Emulator) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let url = format!("{}/v2/user/list", emulator.base_url());
        let stopped = Arc::clone(&stop);
        let task = tokio::spawn(async move {
            let client = reqwest::Client::new();
            let (mut served, mut slowest) = (0, Duration::ZERO);
            while !stopped.load(Ordering::Relaxed) {
                let started = Instant::now();
                let response = client
                    .post(&url)
                    .bearer_auth(TOKEN)
                    .json(&json!({}))
                    .send()
                    .await
                    .expect("the normal client is answered");
                assert_eq!(response.status(), 200);
                let body: Value = response.json().await.expect("JSON");
                assert_eq!(body["status"], "Success");
                served += 1;
                slowest = slowest.max(started.elapsed());
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            (served, slowest)
        });
        Self { stop, task }
    }

    /// Stops it and checks it was served while the bad clients were there, never held up
    /// behind one until the timeouts cut it (the bound leaves a loaded machine its slack).
    async fn finish(self, what: &str) {
        self.stop.store(true, Ordering::Relaxed);
        let (served, slowest) = self.task.await.expect("the normal client did not panic");
        println!("{what}: the normal client was served {served} times, slowest {slowest:?}");
        assert!(served >= 1, "{what}: never served");
        assert!(slowest < SLACK, "{what}: a normal request took {slowest:?}");
    }
}

/// How a connection ended.
#[derive(Debug)]
struct Ended {
    /// Everything the server sent.
    bytes: Vec<u8>,
    /// From `since` to the end of the connection.
    after: Duration,
}

/// Reads until the server closes the connection (EOF or reset), within `bound`.
async fn read_until_closed(reader: &mut OwnedReadHalf, since: Instant, bound: Duration) -> Ended {
    let mut bytes = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = since + bound;
    loop {
        let read = tokio::time::timeout_at(deadline.into(), reader.read(&mut buf)).await;
        match read {
            Err(_) => panic!(
                "the server kept the connection open for over {bound:?}; it sent {:?}",
                String::from_utf8_lossy(&bytes)
            ),
            Ok(Ok(0) | Err(_)) => break,
            Ok(Ok(n)) => bytes.extend_from_slice(&buf[..n]),
        }
    }
    Ended {
        bytes,
        after: since.elapsed(),
    }
}

/// Parses one HTTP/1.1 response: its status, its headers (names in lower case), its JSON body.
fn parse_response(bytes: &[u8]) -> (u16, Vec<(String, String)>, Value) {
    let text = String::from_utf8_lossy(bytes);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("not an HTTP response: {text:?}"));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("no status line: {text:?}"));
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(body.len());
    let json = serde_json::from_str(&body[..length.min(body.len())])
        .unwrap_or_else(|e| panic!("the body is not JSON ({e}): {text:?}"));
    (status, headers, json)
}

fn request_head(emulator: &Emulator, extra: &str) -> String {
    format!(
        "POST /v2/user/list HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {TOKEN}\r\n\
         Content-Type: application/json\r\n{extra}\r\n",
        emulator.addr()
    )
}

async fn connect(emulator: &Emulator) -> TcpStream {
    TcpStream::connect(emulator.addr()).await.expect("connects")
}

fn assert_closed_by_the_header_timeout(what: &str, ended: &Ended) {
    assert!(
        ended.bytes.is_empty(),
        "{what}: no answer is sent, the connection is closed: {:?}",
        String::from_utf8_lossy(&ended.bytes)
    );
    assert!(
        ended.after >= HEADER_TIMEOUT.mul_f32(0.8),
        "{what}: closed after {:?}, before the header timeout",
        ended.after
    );
    assert!(
        ended.after < HEADER_TIMEOUT + SLACK,
        "{what}: closed after {:?}",
        ended.after
    );
}

#[tokio::test]
async fn idle_connections_are_closed_after_the_header_timeout() {
    let emulator = emulator().await;
    let normal = NormalClient::start(&emulator);
    // Two hundred clients that connect and send nothing.
    let since = Instant::now();
    let mut idle = Vec::new();
    for _ in 0..200 {
        idle.push(connect(&emulator).await.into_split());
    }
    let mut slowest = Duration::ZERO;
    for (reader, _writer) in &mut idle {
        let ended = read_until_closed(reader, since, HEADER_TIMEOUT + SLACK).await;
        assert_closed_by_the_header_timeout("an idle client", &ended);
        slowest = slowest.max(ended.after);
    }
    println!("200 idle connections: all closed within {slowest:?}");
    normal.finish("idle clients").await;
}

#[tokio::test]
async fn a_kept_alive_connection_left_idle_is_closed_after_the_header_timeout() {
    let emulator = emulator().await;
    let (mut reader, mut writer) = connect(&emulator).await.into_split();
    let body = "{}";
    let head = request_head(&emulator, &format!("Content-Length: {}\r\n", body.len()));
    // Before the request, so that the header timer (started when the answer is written) cannot
    // have started earlier than `since`.
    let since = Instant::now();
    writer
        .write_all(format!("{head}{body}").as_bytes())
        .await
        .expect("sent");
    // The answer to the first request, then nothing from the client.
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = reader.read(&mut buf).await.expect("an answer");
        assert!(n > 0, "closed before answering");
        answer.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&answer);
        if let Some((_, body)) = text.split_once("\r\n\r\n")
            && serde_json::from_str::<Value>(body).is_ok()
        {
            break;
        }
    }
    let (status, _, body) = parse_response(&answer);
    assert_eq!((status, body["status"].as_str()), (200, Some("Success")));
    let ended = read_until_closed(&mut reader, since, HEADER_TIMEOUT + SLACK).await;
    assert_closed_by_the_header_timeout("an idle kept-alive client", &ended);
}

#[tokio::test]
async fn a_client_dripping_its_headers_is_disconnected_within_the_header_timeout() {
    let emulator = emulator().await;
    let normal = NormalClient::start(&emulator);
    let (mut reader, mut writer) = connect(&emulator).await.into_split();
    let since = Instant::now();
    // One byte every 20 ms: the whole head would take over 3 s.
    let head = request_head(&emulator, &format!("X-Padding: {}\r\n", "p".repeat(100)));
    let total = head.len();
    // Counted outside the task, which is aborted mid-sleep: its own result never arrives.
    let sent = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&sent);
    let drip = tokio::spawn(async move {
        for byte in head.bytes() {
            if writer.write_all(&[byte]).await.is_err() {
                break;
            }
            counter.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    });
    let ended = read_until_closed(&mut reader, since, HEADER_TIMEOUT + SLACK).await;
    assert_closed_by_the_header_timeout("a dripping client", &ended);
    drip.abort();
    let sent = sent.load(Ordering::Relaxed);
    assert!(
        sent > 0 && sent < total,
        "{sent} of {total} bytes of the head were sent before the close"
    );
    println!("dripping headers: disconnected after {:?}", ended.after);
    normal.finish("dripping headers").await;
}

/// Sends `head` and `body_start`, stalls, and expects a 408 envelope then a close.
async fn assert_stalled_body_gets_408(emulator: &Emulator, what: &str, head: &str, start: &[u8]) {
    let (mut reader, mut writer) = connect(emulator).await.into_split();
    writer.write_all(head.as_bytes()).await.expect("sent");
    writer.write_all(start).await.expect("sent");
    let since = Instant::now();
    let ended = read_until_closed(&mut reader, since, BODY_TIMEOUT + SLACK).await;
    let (status, headers, body) = parse_response(&ended.bytes);
    assert_eq!(
        (status, body["status"].as_str()),
        (408, Some("RequestTimeout")),
        "{what}: {body}"
    );
    assert!(
        body["request_id"]
            .as_str()
            .is_some_and(|id| id.starts_with("prq_"))
    );
    assert!(
        headers
            .iter()
            .any(|(name, value)| name == "connection" && value == "close"),
        "{what}: {headers:?}"
    );
    assert!(
        ended.after >= BODY_TIMEOUT.mul_f32(0.8) && ended.after < BODY_TIMEOUT + SLACK,
        "{what}: answered and closed after {:?}",
        ended.after
    );
    drop(writer);
    println!("{what}: 408 and closed after {:?}", ended.after);
}

#[tokio::test]
async fn a_client_stalling_its_body_gets_a_408_envelope_within_the_body_timeout() {
    let emulator = emulator().await;
    let normal = NormalClient::start(&emulator);
    let head = request_head(&emulator, "Content-Length: 100\r\n");
    assert_stalled_body_gets_408(&emulator, "stalled body", &head, br#"{"size":"#).await;
    let head = request_head(&emulator, "Transfer-Encoding: chunked\r\n");
    assert_stalled_body_gets_408(&emulator, "stalled chunked body", &head, b"2\r\n{}\r\n").await;
    normal.finish("stalled bodies").await;
}

#[tokio::test]
async fn a_client_dripping_its_body_gets_a_408_envelope_within_the_body_timeout() {
    let emulator = emulator().await;
    let normal = NormalClient::start(&emulator);
    let body = format!(
        r#"{{"filter": {{"email__contains": ["{}"]}}}}"#,
        "a".repeat(500)
    );
    let head = request_head(&emulator, &format!("Content-Length: {}\r\n", body.len()));
    let (mut reader, mut writer) = connect(&emulator).await.into_split();
    writer.write_all(head.as_bytes()).await.expect("sent");
    let since = Instant::now();
    let drip = tokio::spawn(async move {
        for byte in body.bytes() {
            if writer.write_all(&[byte]).await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
    let ended = read_until_closed(&mut reader, since, BODY_TIMEOUT + SLACK).await;
    drip.abort();
    let (status, _, body) = parse_response(&ended.bytes);
    assert_eq!(
        (status, body["status"].as_str()),
        (408, Some("RequestTimeout"))
    );
    assert!(ended.after < BODY_TIMEOUT + SLACK, "{:?}", ended.after);
    println!("dripping body: 408 and closed after {:?}", ended.after);
    normal.finish("dripping body").await;
}

/// Sends a whole request (in the background, ignoring write errors once the server has
/// answered) and expects a 413 `PayloadTooLarge` envelope.
async fn assert_too_large(emulator: &Emulator, what: &str, request: Vec<u8>) {
    let (mut reader, mut writer) = connect(emulator).await.into_split();
    let since = Instant::now();
    let send = tokio::spawn(async move {
        let _ = writer.write_all(&request).await;
        writer
    });
    let ended = read_until_closed(&mut reader, since, BODY_TIMEOUT + SLACK).await;
    drop(send.await);
    let (status, headers, body) = parse_response(&ended.bytes);
    assert_eq!(
        (status, body["status"].as_str()),
        (413, Some("PayloadTooLarge")),
        "{what}: {body}"
    );
    assert!(
        headers
            .iter()
            .any(|(name, value)| name == "connection" && value == "close"),
        "{what}: {headers:?}"
    );
    println!("{what}: 413 after {:?}", ended.after);
}

fn chunked(total: usize) -> Vec<u8> {
    let mut body = Vec::new();
    let chunk = "x".repeat(100);
    let mut sent = 0;
    while sent < total {
        body.extend_from_slice(format!("{:x}\r\n{chunk}\r\n", chunk.len()).as_bytes());
        sent += chunk.len();
    }
    body.extend_from_slice(b"0\r\n\r\n");
    body
}

#[tokio::test]
async fn max_body_bytes_holds_with_a_lying_or_absent_content_length() {
    let emulator = emulator().await;
    let normal = NormalClient::start(&emulator);

    // No Content-Length: a chunked body of four times the limit.
    let mut request = request_head(&emulator, "Transfer-Encoding: chunked\r\n").into_bytes();
    request.extend(chunked(4 * MAX_BODY));
    assert_too_large(&emulator, "chunked, no Content-Length", request).await;

    // A Content-Length that lies low, overridden by chunked encoding (RFC 9112 §6.3).
    let head = request_head(
        &emulator,
        "Content-Length: 10\r\nTransfer-Encoding: chunked\r\n",
    );
    let mut request = head.into_bytes();
    request.extend(chunked(4 * MAX_BODY));
    assert_too_large(&emulator, "chunked with a low Content-Length", request).await;

    // A large body that is exactly what its Content-Length says.
    let body = vec![b' '; 16 * MAX_BODY];
    let head = request_head(&emulator, &format!("Content-Length: {}\r\n", body.len()));
    let mut request = head.into_bytes();
    request.extend(body);
    assert_too_large(&emulator, "an honest large Content-Length", request).await;

    // A Content-Length that lies high, over the limit, with a two-byte body: refused at once,
    // without waiting for bytes that will never come (waiting would end in the body timeout's
    // 408, not this 413).
    let head = request_head(&emulator, "Content-Length: 1000000000\r\n");
    let mut request = head.into_bytes();
    request.extend(b"{}");
    assert_too_large(&emulator, "a Content-Length over the limit", request).await;

    // A body of exactly the limit is still served.
    let mut body = br#"{"filter": {"email__contains": [""#.to_vec();
    let tail = br#""]}}"#;
    body.resize(MAX_BODY - tail.len(), b'a');
    body.extend_from_slice(tail);
    assert_eq!(body.len(), MAX_BODY);
    let response = reqwest::Client::new()
        .post(format!("{}/v2/user/list", emulator.base_url()))
        .bearer_auth(TOKEN)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .expect("answers");
    assert_eq!(response.status(), 200, "a body of exactly max_body_bytes");
    normal.finish("oversized bodies").await;
}

#[tokio::test]
async fn timeouts_of_duration_max_mean_none_rather_than_a_panic() {
    // hyper adds the header timeout to an `Instant`; `Duration::MAX` overflowed it, and every
    // connection task panicked on its first read.
    let config = EmulatorConfig {
        header_timeout: Duration::MAX,
        body_timeout: Duration::MAX,
        ..EmulatorConfig::new(TOKEN)
    };
    let emulator = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts");
    let answer: Value = reqwest::Client::new()
        .post(format!("{}/v2/user/list", emulator.base_url()))
        .bearer_auth(TOKEN)
        .json(&json!({}))
        .send()
        .await
        .expect("answered")
        .json()
        .await
        .expect("JSON");
    assert_eq!(answer["status"], "Success", "{answer}");
}
