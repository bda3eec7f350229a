//! `authn.user().authenticators()`: list and delete a user's authenticators.

use authn_api::strings::AuthenticatorId;
use authn_api::types;

use crate::call::Secrets;
use crate::call::send;
use crate::error::invalid;
use crate::model::Authenticator;
use crate::selector::{Checked, UserRef};
use crate::{AuthN, Result};

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
    /// # authn.user().create("joe.user@email.com").send().await?;
    /// # let totp = emulator.add_authenticator("joe.user@email.com", authn_sdk::authn_api::types::KnownAuthenticatorType::Totp)?;
    /// let list = authn.user().authenticators().list(authn_sdk::UserRef::email("joe.user@email.com")).send().await?;
    /// for a in list.iter() {
    ///     println!("{} {} enabled={}", a.id, a.kind, a.enabled);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self, user: UserRef) -> ListAuthenticators {
        ListAuthenticators {
            authn: self.authn.clone(),
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
    /// # authn.user().create("joe.user@email.com").send().await?;
    /// # let totp = emulator.add_authenticator("joe.user@email.com", authn_sdk::authn_api::types::KnownAuthenticatorType::Totp)?;
    /// authn
    ///     .user()
    ///     .authenticators()
    ///     .delete(authn_sdk::UserRef::email("joe.user@email.com"), &totp.id)
    ///     .send()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete(
        &self,
        user: UserRef,
        authenticator_id: impl Into<String>,
    ) -> DeleteAuthenticator {
        DeleteAuthenticator {
            authn: self.authn.clone(),
            user,
            authenticator_id: authenticator_id.into(),
        }
    }
}

/// A `user/authenticators/list` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAuthenticators {
    authn: AuthN,
    user: UserRef,
}

send!(
    ListAuthenticators => Vec<Authenticator>,
    user_authenticators_list(types::UserSelector) -> authn_api::AuthenticatorListResponse,
    Secrets::None,
    |builder| builder.user.selector()
);

/// A `user/authenticators/delete` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAuthenticator {
    authn: AuthN,
    user: UserRef,
    authenticator_id: String,
}

impl DeleteAuthenticator {
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
send!(
    DeleteAuthenticator => (),
    user_authenticators_delete(types::AuthenticatorDeleteRequest) -> authn_api::EmptyResponse,
    Secrets::None,
    |builder| builder.body()
);
