//! `authn.user().authenticators()`: list and delete a user's authenticators.

use std::future::Future;

use authn_api::strings::AuthenticatorId;
use authn_api::types;

use super::{invalid, send_on_await};
use crate::call::{self, Secrets};
use crate::selector::{Checked, UserRef};
use crate::{AuthN, Response, Result};

/// The `authn.user().authenticators()` group.
#[derive(Debug, Clone, Copy)]
pub struct Authenticators<'a> {
    authn: &'a AuthN,
}

impl<'a> Authenticators<'a> {
    pub(crate) fn new(authn: &'a AuthN) -> Self {
        Self { authn }
    }

    /// Lists a user's authenticators (`user/authenticators/list`).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let config = authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url());
    /// # let authn = authn_sdk::AuthN::new(config)?;
    /// # authn.user().create("joe.user@email.com").await?;
    /// # let totp = emulator.add_authenticator("joe.user@email.com", authn_sdk::authn_api::types::KnownAuthenticatorType::Totp)?;
    /// let list = authn.user().authenticators().list(authn_sdk::UserRef::email("joe.user@email.com")).await?;
    /// for a in list.iter() {
    ///     println!("{} {:?} enabled={}", a.id, a.type_, a.enabled);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self, user: UserRef) -> ListAuthenticators<'a> {
        ListAuthenticators {
            authn: self.authn,
            user,
        }
    }

    /// Deletes one of a user's authenticators (`user/authenticators/delete`).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let config = authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url());
    /// # let authn = authn_sdk::AuthN::new(config)?;
    /// # authn.user().create("joe.user@email.com").await?;
    /// # let totp = emulator.add_authenticator("joe.user@email.com", authn_sdk::authn_api::types::KnownAuthenticatorType::Totp)?;
    /// authn
    ///     .user()
    ///     .authenticators()
    ///     .delete(authn_sdk::UserRef::email("joe.user@email.com"), &totp.id)
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete(
        &self,
        user: UserRef,
        authenticator_id: impl Into<String>,
    ) -> DeleteAuthenticator<'a> {
        DeleteAuthenticator {
            authn: self.authn,
            user,
            authenticator_id: authenticator_id.into(),
        }
    }
}

/// A `user/authenticators/list` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListAuthenticators<'a> {
    authn: &'a AuthN,
    user: UserRef,
}

impl<'a> ListAuthenticators<'a> {
    /// Sends the request: the call's future, unboxed (see [`Call`](crate::Call)).
    // Inlined so that the call's future is built in the awaiting future: see `call::start`.
    #[inline(always)]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<Response<Vec<types::Authenticator>>>> + Send + 'a {
        let api = self.authn.api();
        call::start(
            "user_authenticators_list",
            Secrets::None,
            self.user.selector(),
            move |body| api.user_authenticators_list().body(body).send(),
        )
    }
}
send_on_await!(ListAuthenticators => Vec<types::Authenticator>);

/// A `user/authenticators/delete` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is awaited"]
pub struct DeleteAuthenticator<'a> {
    authn: &'a AuthN,
    user: UserRef,
    authenticator_id: String,
}

impl<'a> DeleteAuthenticator<'a> {
    /// Sends the request: the call's future, unboxed (see [`Call`](crate::Call)). The result is
    /// empty.
    // Inlined so that the call's future is built in the awaiting future: see `call::start`.
    #[inline(always)]
    pub fn send(self) -> impl Future<Output = Result<Response<()>>> + Send + 'a {
        let api = self.authn.api();
        call::start(
            "user_authenticators_delete",
            Secrets::None,
            self.body(),
            move |body| api.user_authenticators_delete().body(body).send(),
        )
    }

    /// The request body, checked against the description.
    fn body(self) -> Result<types::AuthenticatorDeleteRequest> {
        let authenticator_id =
            AuthenticatorId::new(self.authenticator_id).map_err(invalid("authenticator_id"))?;
        Ok(match self.user.check()? {
            Checked::Id(id) => types::AuthenticatorDeleteRequest::Id {
                id,
                authenticator_id,
            },
            Checked::Email(email) => types::AuthenticatorDeleteRequest::Email {
                email,
                authenticator_id,
            },
            Checked::Username(username) => types::AuthenticatorDeleteRequest::Username {
                username,
                authenticator_id,
            },
        })
    }
}
send_on_await!(DeleteAuthenticator => ());
