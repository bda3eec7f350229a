//! `authn.client().token()`: check a token with the service.

use authn_api::strings::AnyToken;
use authn_api::types;

use crate::call::{Secrets, send};
use crate::convert::{Own, answer};
use crate::error::invalid;
use crate::model::TokenInfo;
use crate::token::Token;
use crate::{AuthN, Result};

/// The `authn.client().token()` group.
#[derive(Debug, Clone, Copy)]
pub struct Tokens<'a> {
    authn: &'a AuthN,
}

impl<'a> Tokens<'a> {
    pub(crate) fn new(authn: &'a AuthN) -> Self {
        Self { authn }
    }

    /// Asks the service about a token (`client/token/check`): its user, kind, expiry, scopes
    /// and profile while it is valid; `ExpiredToken` or another status once it is not. Pangea's
    /// Hosted Login guide names this call for keeping a local session in sync; for JWT active
    /// tokens, `Verifier` (feature `jwt`) checks them without a call. Takes the service token
    /// or a client token, and any of the crate's token types.
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
    /// let info = authn.client().token().check(active).send().await?;
    /// println!("{} until {}", info.email, info.expire);
    /// # Ok(())
    /// # }
    /// ```
    pub fn check(&self, token: &impl Token) -> CheckToken {
        CheckToken {
            authn: self.authn.clone(),
            token: AnyToken::new(token.expose_secret()),
        }
    }
}

/// A `client/token/check` call. Its token never appears in `Debug` output.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CheckToken {
    authn: AuthN,
    token: Result<AnyToken, authn_api::strings::InvalidString>,
}

send!(
    CheckToken => TokenInfo,
    client_token_check(types::TokenCheckRequest) -> authn_api::TokenInfoResponse,
    Secrets::None,
    |builder| Ok(types::TokenCheckRequest {
        token: builder.token.map_err(invalid("token"))?,
    })
);

answer!(TokenInfoResponse::TokenInfoSuccess => TokenInfo, |r| r.own());
