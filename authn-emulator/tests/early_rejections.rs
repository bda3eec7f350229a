//! No lost answers after an early rejection, over raw TCP.
//!
//! A request refused before its body is needed (401 wrong token, 404 unknown path, 405 wrong
//! method, 415 wrong content type) still has its body read to the end, within the usual
//! limits, so that a client still sending a large body gets the whole answer instead of a reset
//! connection, and its next request on the same connection is served. Each status is tried with
//! a small body and one just under the 1 MiB limit, several times; every answer must arrive
//! whole, with no `Connection: close`, and the next request must be answered `200 Success`.

use std::time::Duration;

use authn_emulator::{Emulator, EmulatorConfig};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::net::tcp::OwnedReadHalf;

const TOKEN: &str = "pts_early";
const TRIES: usize = 5;

/// One parsed HTTP/1.1 answer.
#[derive(Debug)]
struct Answer {
    status: u16,
    close: bool,
    body: Value,
}

/// Reads one answer with a `Content-Length` body, or `None` if the connection ends first.
async fn read_answer(reader: &mut BufReader<OwnedReadHalf>) -> Option<Answer> {
    let mut line = String::new();
    reader.read_line(&mut line).await.ok()?;
    let status: u16 = line.split(' ').nth(1)?.parse().ok()?;
    let (mut length, mut close) = (None, false);
    loop {
        line.clear();
        if reader.read_line(&mut line).await.ok()? == 0 {
            return None;
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse::<usize>().ok(),
            "connection" => close = value.trim().eq_ignore_ascii_case("close"),
            _ => {}
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).await.ok()?;
    Some(Answer {
        status,
        close,
        body: serde_json::from_slice(&body).ok()?,
    })
}

/// A request whose body is `size` bytes of JSON (`{}` when `size` is 2).
fn request(method: &str, path: &str, token: &str, content_type: &str, size: usize) -> Vec<u8> {
    let frame = r#"{"pad":""}"#;
    let body = if size <= 2 {
        "{}".to_string()
    } else {
        format!(
            r#"{{"pad":"{}"}}"#,
            "x".repeat(size.saturating_sub(frame.len()))
        )
    };
    let mut bytes = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    bytes.extend_from_slice(body.as_bytes());
    bytes
}

/// What became of one try.
#[derive(Debug, PartialEq)]
enum Outcome {
    /// The answer arrived whole with the expected status, and the next request was served.
    Served,
    /// The answer arrived whole with the expected status and announced `Connection: close`.
    CloseAnnounced,
    /// Anything else: a reset while sending, a cut or wrong answer, a next request not served.
    Lost(String),
}

async fn try_once(emulator: &Emulator, wire: Vec<u8>, expected: (u16, &str)) -> Outcome {
    let stream = TcpStream::connect(emulator.addr()).await.expect("connects");
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    // Send and read at once, as a client does: the answer may come before the body is sent.
    let sending = tokio::spawn(async move {
        let sent = write.write_all(&wire).await;
        (write, sent)
    });
    let answer = read_answer(&mut reader).await;
    let (mut write, sent) = sending.await.expect("the writer did not panic");
    if let Err(e) = sent {
        return Outcome::Lost(format!("sending failed: {e}"));
    }
    let Some(answer) = answer else {
        return Outcome::Lost("no whole answer".into());
    };
    if (answer.status, answer.body["status"].as_str()) != (expected.0, Some(expected.1)) {
        return Outcome::Lost(format!("unexpected answer {answer:?}"));
    }
    if answer.close {
        // The close was announced: the connection must end, not carry another request.
        let mut rest = Vec::new();
        return match reader.read_to_end(&mut rest).await {
            Ok(_) if rest.is_empty() => Outcome::CloseAnnounced,
            other => Outcome::Lost(format!("announced a close, then {other:?} {rest:?}")),
        };
    }
    let next = request("POST", "/v2/user/list", TOKEN, "application/json", 2);
    if let Err(e) = write.write_all(&next).await {
        return Outcome::Lost(format!("the next request could not be sent: {e}"));
    }
    match read_answer(&mut reader).await {
        Some(Answer {
            status: 200, body, ..
        }) if body["status"] == "Success" => Outcome::Served,
        other => Outcome::Lost(format!("the next request got {other:?}")),
    }
}

/// An early rejection: method, path, token, content type, and the expected answer.
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    (u16, &'static str),
);

#[tokio::test]
async fn early_rejections_answer_whole_and_keep_the_connection() {
    let config = EmulatorConfig::new(TOKEN);
    let near_limit = config.max_body_bytes - 4096;
    let emulator = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts");
    // (method, path, token, content type, expected answer)
    let cases: [Case; 4] = [
        (
            "POST",
            "/v2/user/create",
            "pts_wrong",
            "application/json",
            (401, "Unauthorized"),
        ),
        (
            "POST",
            "/v2/user/nope",
            TOKEN,
            "application/json",
            (404, "NotFound"),
        ),
        (
            "GET",
            "/v2/user/create",
            TOKEN,
            "application/json",
            (405, "MethodNotAllowed"),
        ),
        (
            "POST",
            "/v2/user/create",
            TOKEN,
            "text/plain",
            (415, "UnsupportedMediaType"),
        ),
    ];
    let (mut tried, mut lost) = (0, Vec::new());
    for (method, path, token, content_type, expected) in cases {
        for size in [64, near_limit] {
            for _ in 0..TRIES {
                tried += 1;
                let wire = request(method, path, token, content_type, size);
                let outcome = tokio::time::timeout(
                    Duration::from_secs(20),
                    try_once(&emulator, wire, expected),
                )
                .await
                .unwrap_or_else(|_| Outcome::Lost("timed out".into()));
                if outcome != Outcome::Served {
                    lost.push(format!(
                        "{method} {path} ({expected:?}, {size} bytes): {outcome:?}"
                    ));
                }
            }
        }
    }
    println!(
        "early rejections: {tried} tried, {} answers lost or connections not reusable",
        lost.len()
    );
    assert_eq!(tried, 40);
    assert!(lost.is_empty(), "{lost:#?}");
}

#[tokio::test]
async fn a_body_over_the_limit_after_an_early_rejection_closes_with_notice() {
    // Draining stops at `max_body_bytes`: the answer (still 401) then says `Connection: close`.
    let config = EmulatorConfig {
        max_body_bytes: 1024,
        ..EmulatorConfig::new(TOKEN)
    };
    let emulator = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts");
    let wire = request(
        "POST",
        "/v2/user/create",
        "pts_wrong",
        "application/json",
        512,
    );
    assert_eq!(
        try_once(&emulator, wire, (401, "Unauthorized")).await,
        Outcome::Served
    );
    // Declared over the limit: nothing is read, the close is announced at once.
    let stream = TcpStream::connect(emulator.addr()).await.expect("connects");
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    write
        .write_all(
            b"POST /v2/user/create HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer pts_wrong\r\n\
              Content-Length: 4096\r\n\r\n",
        )
        .await
        .expect("sent");
    let answer = read_answer(&mut reader).await.expect("answered");
    assert_eq!(
        (answer.status, answer.close, answer.body["status"].as_str()),
        (401, true, Some("Unauthorized"))
    );
}
