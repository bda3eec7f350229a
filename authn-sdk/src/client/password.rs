//! `authn.client().password()`: change a password with the user's token, or expire it.

use authn_api::strings::{Identity, Password, UserToken};
use authn_api::types;

use crate::call::{Secrets, send};
use crate::error::invalid;
use crate::token::ActiveToken;
use crate::{AuthN, Result};

/// The `authn.client().password()` group.
#[derive(Debug, Clone, Copy)]
pub struct Passwords<'a> {
    authn: &'a AuthN,
}

impl<'a> Passwords<'a> {
    pub(crate) fn new(authn: &'a AuthN) -> Self {
        Self { authn }
    }

    /// Makes the user `user_id` set a new password the next time they log in
    /// (`user/password/expire`; Pangea's SDKs put it here, under `client.password`). Needs the
    /// service token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// let user = authn.user().create("joe.user@email.com").send().await?;
    /// authn.client().password().expire(&user.id).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn expire(&self, user_id: impl Into<String>) -> ExpirePassword {
        ExpirePassword {
            authn: self.authn.clone(),
            user_id: user_id.into(),
        }
    }

    /// Changes a user's password given their active token and current password
    /// (`client/password/change`). The result is empty.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let config = authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url());
    /// # let authn = authn_sdk::AuthN::new(config)?;
    /// # authn.user().create("joe.user@email.com").send().await?;
    /// # emulator.set_password("joe.user@email.com", "hunter2")?;
    /// # let code = emulator.login_code("joe.user@email.com")?;
    /// # let session = authn.client().userinfo(&code).send().await?;
    /// // The user's active token: from `userinfo`, or `ActiveToken::new(..)` from a cookie.
    /// let user_token = &session.active_token.as_ref().ok_or("no token")?.token;
    /// authn
    ///     .client()
    ///     .password()
    ///     .change(user_token, "hunter2", "My2n+Password")
    ///     .send()
    ///     .await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn change(
        &self,
        user_token: &ActiveToken,
        old_password: impl Into<String>,
        new_password: impl Into<String>,
    ) -> ChangePassword {
        ChangePassword {
            authn: self.authn.clone(),
            token: UserToken::new(user_token.expose_secret()),
            old_password: Password::new(old_password),
            new_password: Password::new(new_password),
        }
    }
}

/// A `client/password/change` call. Its token and passwords never appear in `Debug` output.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ChangePassword {
    authn: AuthN,
    token: Result<UserToken, authn_api::strings::InvalidString>,
    old_password: Result<Password, authn_api::strings::InvalidString>,
    new_password: Result<Password, authn_api::strings::InvalidString>,
}

impl ChangePassword {
    /// The request body, checked against the description.
    fn body(self) -> Result<types::PasswordChangeRequest> {
        Ok(types::PasswordChangeRequest {
            token: self.token.map_err(invalid("token"))?,
            old_password: self.old_password.map_err(invalid("old_password"))?,
            new_password: self.new_password.map_err(invalid("new_password"))?,
        })
    }
}
send!(
    ChangePassword => (),
    client_password_change(types::PasswordChangeRequest) -> authn_api::EmptyResponse,
    Secrets::None,
    |builder| builder.body()
);

/// A `user/password/expire` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExpirePassword {
    authn: AuthN,
    user_id: String,
}

send!(
    ExpirePassword => (),
    user_password_expire(types::PasswordExpireRequest) -> authn_api::EmptyResponse,
    Secrets::None,
    |builder| Ok(types::PasswordExpireRequest {
        id: Identity::new(builder.user_id).map_err(invalid("user_id"))?,
    })
);
