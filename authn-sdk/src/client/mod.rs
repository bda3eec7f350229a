//! `authn.client()`: calls made with a user's credentials.

use authn_api::strings::{FlowId, LoginCode, Password, UserToken};
use authn_api::types;

use crate::call::Secrets;
use crate::model::Userinfo;
use crate::token::ActiveToken;
use crate::call::send;
use crate::error::invalid;
use crate::{AuthN, Result};

/// The `authn.client()` group.
#[derive(Debug, Clone, Copy)]
pub struct Client<'a> {
    authn: &'a AuthN,
}

impl<'a> Client<'a> {
    pub(crate) fn new(authn: &'a AuthN) -> Self {
        Self { authn }
    }

    /// Exchanges the one-time login code a login callback received for the user's tokens
    /// (`client/userinfo`). The code works once.
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
    /// // `code` is the one-time code your login callback received.
    /// let session = authn.client().userinfo(&code).send().await?;
    /// println!("logged in: {}", session.refresh_token.email);
    /// let token = session.active_token.as_ref().map(|t| t.token.expose_secret());
    /// # let _ = token;
    /// # Ok(())
    /// # }
    /// ```
    pub fn userinfo(&self, code: impl Into<String>) -> GetUserinfo {
        GetUserinfo {
            authn: self.authn.clone(),
            code: LoginCode::new(code),
            flow_id: None,
        }
    }

    /// The `authn.client().password()` group.
    pub fn password(&self) -> Passwords<'a> {
        Passwords { authn: self.authn }
    }
}

/// A `client/userinfo` call. The login code never appears in `Debug` output.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUserinfo {
    authn: AuthN,
    code: Result<LoginCode, authn_api::strings::InvalidString>,
    flow_id: Option<String>,
}

impl GetUserinfo {
    /// The login or sign-up flow the code belongs to (`pfl_...`).
    pub fn flow_id(mut self, flow_id: impl Into<String>) -> Self {
        self.flow_id = Some(flow_id.into());
        self
    }

    /// The request body, checked against the description.
    fn body(self) -> Result<types::UserinfoRequest> {
        Ok(types::UserinfoRequest {
            code: self.code.map_err(invalid("code"))?,
            flow_id: self
                .flow_id
                .map(FlowId::new)
                .transpose()
                .map_err(invalid("flow_id"))?,
        })
    }
}
send!(
    GetUserinfo => Userinfo,
    client_userinfo(types::UserinfoRequest) -> authn_api::UserinfoResponse,
    Secrets::InAnswer,
    |builder| builder.body()
);

/// The `authn.client().password()` group.
#[derive(Debug, Clone, Copy)]
pub struct Passwords<'a> {
    authn: &'a AuthN,
}

impl<'a> Passwords<'a> {
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
