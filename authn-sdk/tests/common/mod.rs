//! What the call tests share: the client, the request every call sends, answers, and a port
//! that refuses connections.
#![allow(dead_code)] // each test file uses some of these

use std::collections::BTreeMap;

use authn_sdk::{AuthN, Config, Error, PangeaStatus, Response, Timestamp};
use chrono::{TimeDelta, TimeZone, Utc};
use httpmock::Method::POST;
use httpmock::{Mock, MockServer, Then, When};
use serde_json::{Value, json};

pub const TOKEN: &str = "pts_calltestcalltestcalltestcalltest";
pub const USER_AGENT: &str = "pangea-rust/0.1.0";

/// A recorded answer, from this package's own `tests/recorded/` (so that the tests run from the
/// published crate too).
pub fn recorded(name: &str) -> String {
    let path = format!("{}/tests/recorded/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("recorded answer {name}: {e}"))
}

pub fn authn(server: &MockServer) -> AuthN {
    authn_with(server, |config| config)
}

pub fn authn_with(server: &MockServer, adjust: impl FnOnce(Config) -> Config) -> AuthN {
    let config = Config::new(TOKEN)
        .base_url_template(server.base_url())
        .retries(0);
    AuthN::new(adjust(config)).expect("the configuration is valid")
}

/// What every call must look like on the wire: POST to `path` with the SDK's headers.
pub fn sdk_request(when: When, path: &str) -> When {
    when.method(POST)
        .path(path)
        .header("authorization", format!("Bearer {TOKEN}"))
        .header("user-agent", USER_AGENT)
        .header("content-type", "application/json")
        // progenitor's header, which Pangea's SDKs do not send.
        .header_missing("api-version")
}

pub fn answer(then: Then, body: impl Into<String>) -> Then {
    then.status(200)
        .header("content-type", "application/json")
        .body(body.into())
}

/// A success envelope with an empty result: `{}`, `null`, or no `result` at all.
pub fn empty_answer(request_id: &str, result: Option<Value>) -> String {
    let mut envelope = json!({
        "request_id": request_id,
        "request_time": "2023-06-01T10:00:00.000Z",
        "response_time": "2023-06-01T10:00:00.123Z",
        "status": "Success",
        "summary": "Done",
    });
    if let (Some(result), Some(object)) = (result, envelope.as_object_mut()) {
        object.insert("result".into(), result);
    }
    envelope.to_string()
}

/// The three shapes an empty result comes in.
pub fn empty_results() -> [(&'static str, Option<Value>); 3] {
    [
        ("{}", Some(json!({}))),
        ("null", Some(Value::Null)),
        ("absent", None),
    ]
}

pub fn assert_envelope<T>(
    response: &Response<T>,
    request_id: &str,
    request_time: &str,
    response_time: &str,
    summary: &str,
) {
    assert_eq!(response.request_id, request_id);
    assert_eq!(response.request_time, request_time);
    assert_eq!(response.response_time, response_time);
    assert_eq!(response.status, PangeaStatus::Success);
    assert_eq!(response.summary.as_deref(), Some(summary));
}

/// `outcome` is the success [`empty_answer`] made with `request_id`, its result in `shape`.
pub fn assert_empty_success(
    outcome: authn_sdk::Result<Response<()>>,
    shape: &str,
    request_id: &str,
) {
    let response = outcome.unwrap_or_else(|e| panic!("a {shape} result must decode, got: {e}"));
    assert_envelope(
        &response,
        request_id,
        "2023-06-01T10:00:00.000Z",
        "2023-06-01T10:00:00.123Z",
        "Done",
    );
    let () = response.into_result();
}

/// A UTC instant built independently of any parser.
pub fn at(date: (i32, u32, u32), time: (u32, u32, u32), micros: i64) -> Timestamp {
    let at = Utc
        .with_ymd_and_hms(date.0, date.1, date.2, time.0, time.1, time.2)
        .single()
        .expect("a valid date")
        + TimeDelta::microseconds(micros);
    Timestamp::from_unix(at.timestamp(), at.timestamp_subsec_nanos()).expect("in range")
}

pub fn profile(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// A mock that answers anything, to prove that nothing was sent.
pub async fn catch_all(server: &MockServer) -> Mock<'_> {
    server
        .mock_async(|when, then| {
            when.any_request();
            then.status(500).body("no request should have been sent");
        })
        .await
}

/// The field an `InvalidInput` names, and the error's `Display`.
pub fn invalid_input<T: std::fmt::Debug>(result: authn_sdk::Result<T>) -> (&'static str, String) {
    match result {
        Err(error @ Error::InvalidInput { .. }) => {
            let text = error.to_string();
            let Error::InvalidInput { field, .. } = error else {
                unreachable!("matched above")
            };
            (field, text)
        }
        other => panic!("expected Error::InvalidInput, got {other:?}"),
    }
}

/// A port on 127.0.0.1 that is bound but not listening, so that every connection to it is
/// refused, and its number. Holding the socket keeps the port from other processes (a port
/// freed again after binding could be taken before the test connects).
pub fn closed_port() -> (tokio::net::TcpSocket, u16) {
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket
        .bind(std::net::SocketAddr::from(([127, 0, 0, 1], 0)))
        .expect("bind");
    let port = socket.local_addr().expect("address").port();
    (socket, port)
}
