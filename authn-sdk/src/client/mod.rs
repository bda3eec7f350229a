//! `authn.client()`: calls made on behalf of a logged-in user. They take the service token or
//! a client token (`Config::with_client_token`), and the user's own token where they act on
//! the user's session.

pub mod password;
pub mod session;
pub mod token;

use authn_api::strings::{FlowId, LoginCode};
use authn_api::types;
use serde_json::{Map, Value};

use crate::AuthN;
use crate::Result;
use crate::call::{Secrets, send};
use crate::convert::answer;
use crate::error::invalid;
use crate::model::Userinfo;

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

    /// The `authn.client().password()` group: change and expire passwords.
    pub fn password(&self) -> password::Passwords<'a> {
        password::Passwords::new(self.authn)
    }

    /// The `authn.client().session()` group: refresh, log out, list and end the user's
    /// sessions.
    pub fn session(&self) -> session::ClientSessions<'a> {
        session::ClientSessions::new(self.authn)
    }

    /// The `authn.client().token()` group: check a token.
    pub fn token(&self) -> token::Tokens<'a> {
        token::Tokens::new(self.authn)
    }

    /// The project's JSON Web Key Set (`client/jwks`): the public keys that sign its JWT
    /// active tokens. Takes the service token or a client token. To verify tokens with it, see
    /// `Verifier` (feature `jwt`), which caches it.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// let jwks = authn.client().jwks().send().await?;
    /// for key in &jwks.keys {
    ///     println!("{:?} {:?}", key.get("kid"), key.get("alg"));
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn jwks(&self) -> GetJwks {
        GetJwks {
            authn: self.authn.clone(),
        }
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

/// A JSON Web Key Set: the public keys that sign a project's JWT tokens, each a JSON object
/// (`kid`, `kty`, `alg`, `crv`, `x`, `y`...).
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Jwks {
    /// The keys.
    pub keys: Vec<Map<String, Value>>,
}

impl Jwks {
    /// A key set of these keys, for tests.
    pub fn new(keys: Vec<Map<String, Value>>) -> Self {
        Self { keys }
    }
}

/// A `client/jwks` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetJwks {
    authn: AuthN,
}

send!(
    GetJwks => Jwks,
    client_jwks(types::JwksRequest) -> authn_api::JwksResponse,
    Secrets::None,
    |_builder| Ok(types::JwksRequest {})
);

answer!(JwksResponse::JwksSuccess => Jwks, |r| Jwks { keys: r.keys });
