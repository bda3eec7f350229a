//! `authn.client().session()`: the user's own sessions, with their tokens: refresh, log out,
//! list, and end one.

use authn_api::strings::{RefreshToken as RefreshTokenValue, TokenId, UserToken};
use authn_api::types;

use crate::call::{Secrets, send};
use crate::error::invalid;
use crate::model::Userinfo;
use crate::session::{ListFields, list_methods};
use crate::token::{ActiveToken, RefreshToken};
use crate::{AuthN, Result};

/// The `authn.client().session()` group.
#[derive(Debug, Clone, Copy)]
pub struct ClientSessions<'a> {
    authn: &'a AuthN,
}

impl<'a> ClientSessions<'a> {
    pub(crate) fn new(authn: &'a AuthN) -> Self {
        Self { authn }
    }

    /// Trades the session's refresh token for new tokens (`client/session/refresh`): the
    /// answer holds the new refresh token and active token, and the old refresh token stops
    /// working. Add the expired active token with [`RefreshSession::user_token`]. Takes the
    /// service token or a client token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// # authn.user().create("joe.user@email.com").send().await?;
    /// # let code = emulator.login_code("joe.user@email.com")?;
    /// let login = authn.client().userinfo(&code).send().await?;
    /// let renewed = authn.client().session().refresh(&login.refresh_token.token).send().await?;
    /// assert_ne!(renewed.refresh_token.token, login.refresh_token.token);
    /// # Ok(())
    /// # }
    /// ```
    pub fn refresh(&self, refresh_token: &RefreshToken) -> RefreshSession {
        RefreshSession {
            authn: self.authn.clone(),
            refresh_token: RefreshTokenValue::new(refresh_token.expose_secret()),
            user_token: None,
        }
    }

    /// Logs the session of this active token out (`client/session/logout`). Takes the service
    /// token or a client token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// # authn.user().create("joe.user@email.com").send().await?;
    /// # let code = emulator.login_code("joe.user@email.com")?;
    /// # let login = authn.client().userinfo(&code).send().await?;
    /// let active = &login.active_token.as_ref().ok_or("no active token")?.token;
    /// authn.client().session().logout(active).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn logout(&self, token: &ActiveToken) -> LogoutSession {
        LogoutSession {
            authn: self.authn.clone(),
            token: UserToken::new(token.expose_secret()),
        }
    }

    /// Lists the sessions of the user who holds this active token (`client/session/list`),
    /// one page per call, or all of them as a stream: for "sign out my other devices". Takes
    /// the service token or a client token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// # authn.user().create("joe.user@email.com").send().await?;
    /// # let code = emulator.login_code("joe.user@email.com")?;
    /// # let login = authn.client().userinfo(&code).send().await?;
    /// # let active = &login.active_token.as_ref().ok_or("no active token")?.token;
    /// let mine = authn.client().session().list(active).items().try_collect().await?;
    /// assert_eq!(mine.len(), 1);
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self, token: &ActiveToken) -> ListClientSessions {
        ListClientSessions {
            authn: self.authn.clone(),
            token: UserToken::new(token.expose_secret()),
            fields: ListFields::default(),
        }
    }

    /// Ends another session of the user who holds this active token
    /// (`client/session/invalidate`). Takes the service token or a client token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// # authn.user().create("joe.user@email.com").send().await?;
    /// # let laptop = authn.client().userinfo(&emulator.login_code("joe.user@email.com")?).send().await?;
    /// # let phone = authn.client().userinfo(&emulator.login_code("joe.user@email.com")?).send().await?;
    /// let active = &laptop.active_token.as_ref().ok_or("no active token")?.token;
    /// authn.client().session().invalidate(active, &phone.refresh_token.id).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn invalidate(
        &self,
        token: &ActiveToken,
        session_id: impl Into<String>,
    ) -> InvalidateClientSession {
        InvalidateClientSession {
            authn: self.authn.clone(),
            token: UserToken::new(token.expose_secret()),
            session_id: session_id.into(),
        }
    }
}

/// A `client/session/refresh` call. Its tokens never appear in `Debug` output.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RefreshSession {
    authn: AuthN,
    refresh_token: Result<RefreshTokenValue, authn_api::strings::InvalidString>,
    user_token: Option<Result<UserToken, authn_api::strings::InvalidString>>,
}

impl RefreshSession {
    /// The session's (expired) active token, sent as `user_token`.
    pub fn user_token(mut self, token: &ActiveToken) -> Self {
        self.user_token = Some(UserToken::new(token.expose_secret()));
        self
    }

    fn body(self) -> Result<types::SessionRefreshRequest> {
        Ok(types::SessionRefreshRequest {
            refresh_token: self.refresh_token.map_err(invalid("refresh_token"))?,
            user_token: self.user_token.transpose().map_err(invalid("user_token"))?,
        })
    }
}
send!(
    RefreshSession => Userinfo,
    client_session_refresh(types::SessionRefreshRequest) -> authn_api::UserinfoResponse,
    Secrets::InAnswer,
    |builder| builder.body()
);

/// A `client/session/logout` call. Its token never appears in `Debug` output.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct LogoutSession {
    authn: AuthN,
    token: Result<UserToken, authn_api::strings::InvalidString>,
}

send!(
    LogoutSession => (),
    client_session_logout(types::ClientSessionLogoutRequest) -> authn_api::EmptyResponse,
    Secrets::None,
    |builder| Ok(types::ClientSessionLogoutRequest {
        token: builder.token.map_err(invalid("token"))?,
    })
);

/// A `client/session/list` call. Send it for one page; use [`pages`](Self::pages) or
/// [`items`](Self::items) for all of them. Its token never appears in `Debug` output.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListClientSessions {
    authn: AuthN,
    token: Result<UserToken, authn_api::strings::InvalidString>,
    fields: ListFields,
}

list_methods!(ListClientSessions);

impl ListClientSessions {
    fn body(&self) -> Result<types::ClientSessionListRequest> {
        let token = self.token.clone().map_err(invalid("token"))?;
        let (filter, last, order, order_by, size) = self.fields.checked()?;
        Ok(types::ClientSessionListRequest {
            token,
            filter,
            last,
            order,
            order_by,
            size,
        })
    }
}
send!(
    ListClientSessions => crate::SessionList,
    client_session_list(types::ClientSessionListRequest) -> authn_api::ClientSessionListResponse,
    Secrets::None,
    |builder| builder.body()
);

/// A `client/session/invalidate` call. Its token never appears in `Debug` output.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct InvalidateClientSession {
    authn: AuthN,
    token: Result<UserToken, authn_api::strings::InvalidString>,
    session_id: String,
}

send!(
    InvalidateClientSession => (),
    client_session_invalidate(types::ClientSessionInvalidateRequest) -> authn_api::EmptyResponse,
    Secrets::None,
    |builder| Ok(types::ClientSessionInvalidateRequest {
        token: builder.token.map_err(invalid("token"))?,
        session_id: TokenId::new(builder.session_id).map_err(invalid("session_id"))?,
    })
);
