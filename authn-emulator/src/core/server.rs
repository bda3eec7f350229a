//! The accept loop: HTTP/1.1 with a header timeout (which also bounds how long a kept-alive
//! connection may sit idle), the peer address for each request, and a graceful shutdown.
//!
//! `axum::serve` has no timeouts, and one slow or idle client must not hold resources for
//! ever, so connections are served with hyper's builder directly.

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tower::ServiceExt;

/// The longest header timeout handed to hyper.
const A_YEAR: Duration = Duration::from_secs(365 * 24 * 3600);

/// Serves `router` on `listener` until `stop` fires, then lets requests in flight finish.
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    header_timeout: Duration,
    mut stop: oneshot::Receiver<()>,
) -> std::io::Result<()> {
    let graceful = GracefulShutdown::new();
    let mut connections = tokio::task::JoinSet::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        // hyper adds the timeout to an `Instant`, which panics past its range: a timeout of
        // `Duration::MAX` ("none") is held to a year.
        .header_read_timeout(header_timeout.min(A_YEAR));
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors and the like: wait a little rather than spin.
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request
                .extensions_mut()
                .insert(ConnectInfo::<SocketAddr>(peer));
            router.clone().oneshot(request.map(Body::new))
        });
        let connection = builder.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        // Reaped as they end, so the set holds only the open connections.
        while connections.try_join_next().is_some() {}
        connections.spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, %peer, "connection ended with an error");
            }
        });
    }
    drop(listener);
    // Requests in flight get a few seconds to finish. Whatever is still running then is
    // cancelled and waited for, so that no write lands after this returns (`Emulator::stop`
    // saves the state next).
    let _ = tokio::time::timeout(Duration::from_secs(5), graceful.shutdown()).await;
    connections.abort_all();
    while connections.join_next().await.is_some() {}
    Ok(())
}
