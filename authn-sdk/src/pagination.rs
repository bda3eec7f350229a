//! Lazy streams over `user/list`, driven by the `last` cursor.
//!
//! A page is fetched only when the stream is polled past the previous one. The stream ends
//! after a page without a `last` cursor, and fails with [`Error::RepeatedCursor`] (then ends)
//! if the service ever returns a cursor it returned before: a misbehaving server makes the
//! stream stop, never loop.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let emulator = authn_emulator::Emulator::start().await?;
//! # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
//! # for n in 0..3 { authn.user().create(format!("user{n}@example.com")).await?; }
//! use futures_util::TryStreamExt;
//!
//! let mut pages = authn.user().list().size(1000).pages();
//! while let Some(page) = pages.try_next().await? {
//!     println!("{} users", page.users.len());
//! }
//! let emails: Vec<String> = authn.user().list().items().map_ok(|u| u.email).try_collect().await?;
//! assert_eq!(emails.len(), 3);
//! # Ok(())
//! # }
//! ```

use std::collections::HashSet;
use std::pin::Pin;

use authn_api::types;
use futures_core::Stream;
use futures_util::{StreamExt, TryStreamExt, stream};

use crate::error::Error;
use crate::user::list::ListUsers;
use crate::{Response, Result};

/// A stream of pages.
pub type Pages<'a> = Pin<Box<dyn Stream<Item = Result<Response<types::UserList>>> + Send + 'a>>;

/// A stream of users.
pub type Items<'a> = Pin<Box<dyn Stream<Item = Result<types::User>> + Send + 'a>>;

struct State<'a> {
    list: ListUsers<'a>,
    seen: HashSet<String>,
    done: bool,
}

pub(crate) fn pages(list: ListUsers<'_>) -> Pages<'_> {
    let mut seen = HashSet::new();
    if let Some(first) = &list.last {
        seen.insert(first.clone());
    }
    let state = State {
        list,
        seen,
        done: false,
    };
    Box::pin(stream::try_unfold(state, |mut state| async move {
        if state.done {
            return Ok(None);
        }
        let page = state.list.clone().send().await?;
        match page.last.as_deref().filter(|cursor| !cursor.is_empty()) {
            None => state.done = true,
            Some(cursor) => {
                if !state.seen.insert(cursor.to_string()) {
                    return Err(Error::RepeatedCursor {
                        cursor: cursor.to_string(),
                    });
                }
                state.list.last = Some(cursor.to_string());
            }
        }
        Ok(Some((page, state)))
    }))
}

pub(crate) fn items(list: ListUsers<'_>) -> Items<'_> {
    Box::pin(
        pages(list)
            .map_ok(|page| stream::iter(page.into_result().users.into_iter().map(Ok)))
            .try_flatten()
            .boxed(),
    )
}
