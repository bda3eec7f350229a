//! The one extension point of the generated client: how a request is executed.
//!
//! progenitor calls `ClientHooks::exec` for every request. That impl must live in this crate
//! (the orphan rule), so it is here, and it hands the request to an [`Executor`] when one was
//! given. `authn-sdk` plugs in its executor to add retries, 202 polling and tracing; without one,
//! the request goes straight to `reqwest`.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use futures_util::future::Either;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};

use crate::Client;

/// The future an [`Executor`] returns.
pub type ExecFuture<'a> =
    Pin<Box<dyn Future<Output = reqwest::Result<reqwest::Response>> + Send + 'a>>;

/// Executes one request of the generated client, for instance with retries.
///
/// ```
/// use authn_api::hooks::{ExecFuture, Executor, Hooks};
///
/// #[derive(Debug)]
/// struct Plain;
///
/// impl Executor for Plain {
///     fn execute<'a>(
///         &'a self,
///         client: &'a reqwest::Client,
///         request: reqwest::Request,
///         _operation_id: &'static str,
///     ) -> ExecFuture<'a> {
///         Box::pin(client.execute(request))
///     }
/// }
///
/// let client = authn_api::Client::new("http://127.0.0.1:4010", Hooks::with_executor(Plain));
/// # let _ = client;
/// ```
pub trait Executor: fmt::Debug + Send + Sync + 'static {
    /// Sends `request` with `client`. `operation_id` names the operation (`user_create`...).
    fn execute<'a>(
        &'a self,
        client: &'a reqwest::Client,
        request: reqwest::Request,
        operation_id: &'static str,
    ) -> ExecFuture<'a>;
}

/// What the generated [`Client`] carries beside its `reqwest::Client`.
///
/// ```
/// let client = authn_api::Client::new("http://127.0.0.1:4010", authn_api::hooks::Hooks::default());
/// # let _ = client;
/// ```
#[derive(Clone, Default, Debug)]
pub struct Hooks {
    executor: Option<Arc<dyn Executor>>,
}

impl Hooks {
    /// Hooks that send every request through `executor`.
    pub fn with_executor(executor: impl Executor) -> Self {
        Self {
            executor: Some(Arc::new(executor)),
        }
    }

    /// Hooks that share an executor.
    pub fn with_shared_executor(executor: Arc<dyn Executor>) -> Self {
        Self {
            executor: Some(executor),
        }
    }
}

impl ClientHooks<Hooks> for Client {
    // A plain function returning the executor's future, not an `async fn` wrapping it: an
    // `async fn` would keep its own copy of the request in every call's future.
    #[allow(clippy::manual_async_fn)]
    fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> impl Future<Output = reqwest::Result<reqwest::Response>> {
        match &self.inner().executor {
            Some(executor) => {
                Either::Left(executor.execute(self.client(), request, info.operation_id))
            }
            None => Either::Right(self.client().execute(request)),
        }
    }
}
