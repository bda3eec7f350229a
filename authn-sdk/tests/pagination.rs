//! `user().list().pages()` and `.items()`: lazy, cursor-driven, and never looping.

use std::time::Duration;

use authn_sdk::{AuthN, Config, Error, PangeaStatus};
use futures_util::{StreamExt, TryStreamExt};
use httpmock::{Mock, MockServer};
use serde_json::{Value, json};

const TOKEN: &str = "pts_paginationtoken";

fn authn(server: &MockServer) -> AuthN {
    let config = Config::new(TOKEN)
        .base_url_template(server.base_url())
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .timeout(Duration::from_secs(5));
    AuthN::new(config).expect("a valid configuration")
}

fn user(n: u32) -> Value {
    json!({
        "id": format!("pui_user{n}"),
        "email": format!("user{n}@example.com"),
        "profile": {},
        "verified": true,
    })
}

fn page(request_id: &str, users: &[u32], last: Option<&str>) -> Value {
    let mut result = json!({
        "users": users.iter().map(|&n| user(n)).collect::<Vec<_>>(),
        "count": 5,
    });
    if let Some(last) = last {
        result["last"] = json!(last);
    }
    json!({
        "request_id": request_id,
        "request_time": "2024-06-01T10:00:00Z",
        "response_time": "2024-06-01T10:00:00Z",
        "status": "Success",
        "summary": "Listed users",
        "result": result,
    })
}

/// A `user/list` answer given only for exactly this request body, so that a wrong `last` (or
/// any other change to the body) finds no mock and fails the test.
async fn list_page<'a>(server: &'a MockServer, sent: Value, answer: Value) -> Mock<'a> {
    server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/list").json_body(sent);
            then.status(200).json_body(answer);
        })
        .await
}

async fn calls(mocks: &[&Mock<'_>]) -> Vec<usize> {
    let mut counts = Vec::new();
    for mock in mocks {
        counts.push(mock.calls_async().await);
    }
    counts
}

/// Fails, instead of hanging, if a stream keeps requesting pages it should not.
async fn bounded<T>(next: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(5), next)
        .await
        .expect("the stream kept paging instead of stopping")
}

fn emails(page: &authn_sdk::UserList) -> Vec<&str> {
    page.users.iter().map(|u| u.email.as_str()).collect()
}

#[tokio::test]
async fn pages_follow_last_and_stop_after_a_page_without_one() {
    let server = MockServer::start_async().await;
    let p1 = list_page(
        &server,
        json!({"size": 2}),
        page("prq_1", &[1, 2], Some("c1")),
    )
    .await;
    let p2 = list_page(
        &server,
        json!({"size": 2, "last": "c1"}),
        page("prq_2", &[3, 4], Some("c2")),
    )
    .await;
    let p3 = list_page(
        &server,
        json!({"size": 2, "last": "c2"}),
        page("prq_3", &[5], None),
    )
    .await;
    let authn = authn(&server);
    let mut pages = authn.user().list().size(2).pages();

    let first = pages.try_next().await.expect("page 1").expect("a page");
    assert_eq!(first.request_id, "prq_1");
    assert_eq!(emails(&first), ["user1@example.com", "user2@example.com"]);
    assert_eq!(first.last.as_deref(), Some("c1"));
    assert_eq!(
        calls(&[&p1, &p2, &p3]).await,
        [1, 0, 0],
        "one page per poll"
    );

    let second = pages.try_next().await.expect("page 2").expect("a page");
    assert_eq!(second.request_id, "prq_2");
    assert_eq!(emails(&second), ["user3@example.com", "user4@example.com"]);
    assert_eq!(calls(&[&p1, &p2, &p3]).await, [1, 1, 0]);

    let third = pages.try_next().await.expect("page 3").expect("a page");
    assert_eq!(third.request_id, "prq_3");
    assert_eq!(emails(&third), ["user5@example.com"]);
    assert_eq!(third.last, None);

    assert!(pages.try_next().await.expect("no error").is_none(), "ended");
    assert!(pages.next().await.is_none(), "stays ended");
    assert_eq!(
        calls(&[&p1, &p2, &p3]).await,
        [1, 1, 1],
        "no request after the last page"
    );
}

#[tokio::test]
async fn items_yield_every_user_in_order() {
    let server = MockServer::start_async().await;
    let p1 = list_page(&server, json!({}), page("prq_1", &[1, 2], Some("c1"))).await;
    let p2 = list_page(
        &server,
        json!({"last": "c1"}),
        page("prq_2", &[3, 4], Some("c2")),
    )
    .await;
    let p3 = list_page(&server, json!({"last": "c2"}), page("prq_3", &[5], None)).await;
    let authn = authn(&server);
    let users: Vec<authn_sdk::User> = authn
        .user()
        .list()
        .items()
        .try_collect()
        .await
        .expect("every page");
    let ids: Vec<&str> = users.iter().map(|u| u.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "pui_user1",
            "pui_user2",
            "pui_user3",
            "pui_user4",
            "pui_user5"
        ]
    );
    assert_eq!(calls(&[&p1, &p2, &p3]).await, [1, 1, 1]);
}

#[tokio::test]
async fn an_empty_last_also_ends_the_stream() {
    let server = MockServer::start_async().await;
    let p1 = list_page(&server, json!({}), page("prq_1", &[1], Some("c1"))).await;
    let p2 = list_page(
        &server,
        json!({"last": "c1"}),
        page("prq_2", &[2], Some("")),
    )
    .await;
    // Were `last: ""` followed, this is the request that would be sent.
    let p3 = list_page(&server, json!({"last": ""}), page("prq_3", &[3], None)).await;
    let authn = authn(&server);
    let all: Vec<_> = authn
        .user()
        .list()
        .pages()
        .try_collect()
        .await
        .expect("two pages");
    assert_eq!(all.len(), 2);
    assert_eq!(calls(&[&p1, &p2, &p3]).await, [1, 1, 0]);
}

#[tokio::test]
async fn creating_a_stream_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200).json_body(page("prq_1", &[1], None));
        })
        .await;
    let authn = authn(&server);
    let pages = authn.user().list().size(10).pages();
    let items = authn.user().list().items();
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(any.calls_async().await, 0, "nothing is sent until polled");
    drop((pages, items));
    assert_eq!(any.calls_async().await, 0);

    // Polled, the same stream sends exactly one request.
    let mut items = authn.user().list().items();
    let first = items.try_next().await.expect("ok").expect("a user");
    assert_eq!(first.id, "pui_user1");
    assert_eq!(any.calls_async().await, 1);
}

#[tokio::test]
async fn a_repeated_cursor_is_an_error_then_the_stream_ends() {
    let server = MockServer::start_async().await;
    let p1 = list_page(&server, json!({}), page("prq_1", &[1, 2], Some("c1"))).await;
    // The server answers the `c1` page with `c1` again.
    let p2 = list_page(
        &server,
        json!({"last": "c1"}),
        page("prq_2", &[3], Some("c1")),
    )
    .await;
    let authn = authn(&server);
    let mut pages = authn.user().list().pages();
    let first = pages.try_next().await.expect("page 1").expect("a page");
    assert_eq!(first.request_id, "prq_1");
    let err = bounded(pages.try_next())
        .await
        .expect_err("a repeated cursor");
    match &err {
        Error::RepeatedCursor { cursor } => assert_eq!(cursor, "c1"),
        other => panic!("expected RepeatedCursor, got {other:?}"),
    }
    assert!(!err.is_retryable());
    assert!(err.to_string().contains("\"c1\""), "{err}");
    assert!(
        pages.next().await.is_none(),
        "the stream ends after the error"
    );
    assert!(pages.next().await.is_none());
    assert_eq!(calls(&[&p1, &p2]).await, [1, 1], "no more requests");
}

#[tokio::test]
async fn a_cursor_from_an_earlier_page_is_a_repeat_too() {
    let server = MockServer::start_async().await;
    let p1 = list_page(&server, json!({}), page("prq_1", &[1], Some("c1"))).await;
    let p2 = list_page(
        &server,
        json!({"last": "c1"}),
        page("prq_2", &[2], Some("c2")),
    )
    .await;
    let p3 = list_page(
        &server,
        json!({"last": "c2"}),
        page("prq_3", &[3], Some("c1")),
    )
    .await;
    let authn = authn(&server);
    let mut items = authn.user().list().items();
    let mut ids = Vec::new();
    let err = loop {
        match bounded(items.next()).await {
            Some(Ok(user)) => {
                ids.push(user.id);
                assert!(ids.len() <= 3, "the stream loops: {ids:?}");
            }
            Some(Err(e)) => break e,
            None => panic!("the stream ended without reporting the loop"),
        }
    };
    assert_eq!(ids, ["pui_user1", "pui_user2"]);
    assert!(
        matches!(&err, Error::RepeatedCursor { cursor } if cursor == "c1"),
        "{err:?}"
    );
    assert!(items.next().await.is_none());
    assert_eq!(calls(&[&p1, &p2, &p3]).await, [1, 1, 1]);
}

#[tokio::test]
async fn the_starting_cursor_counts_as_seen() {
    let server = MockServer::start_async().await;
    let p1 = list_page(
        &server,
        json!({"last": "c0"}),
        page("prq_1", &[1], Some("c0")),
    )
    .await;
    let authn = authn(&server);
    let mut pages = authn.user().list().last("c0").pages();
    let err = bounded(pages.try_next()).await.expect_err("c0 again");
    assert!(
        matches!(&err, Error::RepeatedCursor { cursor } if cursor == "c0"),
        "{err:?}"
    );
    assert!(pages.next().await.is_none());
    assert_eq!(p1.calls_async().await, 1);
}

#[tokio::test]
async fn a_failed_page_ends_the_stream() {
    let server = MockServer::start_async().await;
    let p1 = list_page(&server, json!({}), page("prq_1", &[1], Some("c1"))).await;
    let p2 = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/user/list")
                .json_body(json!({"last": "c1"}));
            then.status(400).json_body(json!({
                "request_id": "prq_bad",
                "request_time": "2024-06-01T10:00:00Z",
                "response_time": "2024-06-01T10:00:00Z",
                "status": "ValidationError",
                "summary": "bad cursor",
                "result": {"errors": [{"code": "InvalidString", "detail": "bad cursor", "source": "/last"}]},
            }));
        })
        .await;
    let authn = authn(&server);
    let mut pages = authn.user().list().pages();
    assert!(pages.try_next().await.expect("page 1").is_some());
    let err = pages.try_next().await.expect_err("page 2 fails");
    assert_eq!(err.pangea_status(), Some(&PangeaStatus::ValidationError));
    assert_eq!(err.request_id(), Some("prq_bad"));
    assert!(pages.next().await.is_none());
    assert_eq!(calls(&[&p1, &p2]).await, [1, 1]);
}
