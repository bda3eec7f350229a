//! Lazy streams over `last`-cursor lists: [`Pages`] and [`Items`].
//!
//! A page is fetched only when the stream is polled past the previous one. The stream ends
//! after a page without a `last` cursor, and fails with [`Error::RepeatedCursor`] (then ends)
//! if the service ever returns a cursor it returned before: a misbehaving server makes the
//! stream stop, never loop. Both streams own what they need (`Send + 'static`): a function can
//! return one, and a task can be spawned to drain it.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let emulator = authn_emulator::Emulator::start().await?;
//! # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
//! # for n in 0..3 { authn.user().create(format!("user{n}@example.com")).send().await?; }
//! use authn_sdk::{AuthN, Items, User};
//!
//! // An owned stream can leave the function that made it.
//! fn everyone(authn: &AuthN) -> Items<User> {
//!     authn.user().list().size(1000).items()
//! }
//!
//! let mut users = everyone(&authn);
//! while let Some(user) = users.try_next().await? {
//!     println!("{}", user.email);
//! }
//! let mut pages = authn.user().list().size(2).pages();
//! while let Some(page) = pages.try_next().await? {
//!     println!("{} users", page.users.len());
//! }
//! # Ok(())
//! # }
//! ```

use std::collections::HashSet;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use futures_util::{TryStreamExt, stream};

use crate::error::Error;
use crate::{Response, Result};

/// A list request that pages with a `last` cursor.
pub(crate) trait Paginate: Clone + Send + 'static {
    /// One page of results.
    type Page: Send + 'static;
    /// One item of a page.
    type Item: Send + 'static;

    /// The cursor the request starts after, if any.
    fn cursor(&self) -> Option<&str>;
    /// Makes the request start after `cursor`.
    fn set_cursor(&mut self, cursor: String);
    /// The cursor of the page after `page`, if there is one.
    fn next_cursor(page: &Self::Page) -> Option<&str>;
    /// The items of a page.
    fn into_items(page: Self::Page) -> Vec<Self::Item>;
    /// Fetches one page.
    fn fetch(self) -> impl Future<Output = Result<Response<Self::Page>>> + Send + 'static;
}

/// Implements [`Paginate`] for a list builder: `cursor` names the builder's `last` field
/// (`Option<String>`), and `items` the field of `$page` that holds its `$item`s. Every page
/// type has a `last: Option<String>`, the cursor of the next page.
macro_rules! paginate {
    ($builder:ty, cursor: $($cursor:ident).+, $page:ty => $items:ident: $item:ty) => {
        impl $crate::pagination::Paginate for $builder {
            type Page = $page;
            type Item = $item;

            fn cursor(&self) -> Option<&str> {
                self.$($cursor).+.as_deref()
            }

            fn set_cursor(&mut self, cursor: String) {
                self.$($cursor).+ = Some(cursor);
            }

            fn next_cursor(page: &$page) -> Option<&str> {
                page.last.as_deref()
            }

            fn into_items(page: $page) -> Vec<$item> {
                page.$items
            }

            fn fetch(
                self,
            ) -> impl std::future::Future<Output = $crate::Result<$crate::Response<$page>>>
            + Send
            + 'static {
                self.send()
            }
        }
    };
}
pub(crate) use paginate;

/// Every page of a list, lazily, as a [`Stream`] of `Result<Response<P>>`.
///
/// [`try_next`](Self::try_next) needs no import; for other combinators, use
/// `futures_util::TryStreamExt` (it is also a `Stream`).
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// # let emulator = authn_emulator::Emulator::start().await?;
/// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
/// # for n in 0..5 { authn.user().create(format!("user{n}@example.com")).send().await?; }
/// let mut pages = authn.user().list().size(2).pages();
/// let mut sizes = Vec::new();
/// while let Some(page) = pages.try_next().await? {
///     sizes.push(page.users.len()); // each page is a Response<UserList>
/// }
/// assert_eq!(sizes, [2, 2, 1]);
/// # Ok(())
/// # }
/// ```
#[must_use = "a stream does nothing until it is polled"]
pub struct Pages<P> {
    inner: Pin<Box<dyn Stream<Item = Result<Response<P>>> + Send>>,
}

/// Every item of every page of a list, lazily, as a [`Stream`] of `Result<T>`.
///
/// [`try_next`](Self::try_next) needs no import; for other combinators, use
/// `futures_util::TryStreamExt` (it is also a `Stream`).
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// # let emulator = authn_emulator::Emulator::start().await?;
/// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
/// # for n in 0..3 { authn.user().create(format!("user{n}@example.com")).send().await?; }
/// // The pages are fetched as the stream reaches them, one at a time.
/// let users = authn.user().list().size(2).items().try_collect().await?;
/// assert_eq!(users.len(), 3);
/// # Ok(())
/// # }
/// ```
#[must_use = "a stream does nothing until it is polled"]
pub struct Items<T> {
    inner: Pin<Box<dyn Stream<Item = Result<T>> + Send>>,
}

struct State<L> {
    list: L,
    seen: HashSet<String>,
    done: bool,
}

impl<P: Send + 'static> Pages<P> {
    pub(crate) fn new<L: Paginate<Page = P>>(list: L) -> Self {
        let mut seen = HashSet::new();
        if let Some(first) = list.cursor() {
            seen.insert(first.to_string());
        }
        let state = State {
            list,
            seen,
            done: false,
        };
        let inner = stream::try_unfold(state, |mut state| async move {
            if state.done {
                return Ok(None);
            }
            let page = state.list.clone().fetch().await?;
            match L::next_cursor(&page).filter(|cursor| !cursor.is_empty()) {
                None => state.done = true,
                Some(cursor) => {
                    if !state.seen.insert(cursor.to_string()) {
                        return Err(Error::RepeatedCursor {
                            cursor: cursor.to_string(),
                        });
                    }
                    state.list.set_cursor(cursor.to_string());
                }
            }
            Ok(Some((page, state)))
        });
        Self {
            inner: Box::pin(inner),
        }
    }

    /// The next page: `Ok(None)` after the last one.
    pub async fn try_next(&mut self) -> Result<Option<Response<P>>> {
        self.inner.try_next().await
    }
}

impl<T: Send + 'static> Items<T> {
    pub(crate) fn new<L: Paginate<Item = T>>(list: L) -> Self {
        let inner = Pages::new(list)
            .inner
            .map_ok(|page| stream::iter(L::into_items(page.into_result()).into_iter().map(Ok)))
            .try_flatten();
        Self {
            inner: Box::pin(inner),
        }
    }

    /// The next item: `Ok(None)` after the last one.
    pub async fn try_next(&mut self) -> Result<Option<T>> {
        self.inner.try_next().await
    }

    /// Every remaining item, in order, or the first error.
    pub async fn try_collect(self) -> Result<Vec<T>> {
        TryStreamExt::try_collect(self.inner).await
    }
}

impl<P> Stream for Pages<P> {
    type Item = Result<Response<P>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<T> Stream for Items<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

impl<P> fmt::Debug for Pages<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages").finish_non_exhaustive()
    }
}

impl<T> fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items").finish_non_exhaustive()
    }
}
