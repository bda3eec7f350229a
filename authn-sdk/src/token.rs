//! The tokens of AuthN, as distinct types that never print.
//!
//! The service token, a client token, a user's active token and their refresh token are all
//! strings on the wire, but they are not interchangeable: each has its own type here, so
//! passing one where another is expected does not compile. None appears in `Debug` output,
//! their bytes are wiped when dropped, and reading one takes an explicit
//! [`expose_secret`](ActiveToken::expose_secret).

use std::fmt;

use authn_api::strings::SecretString;

macro_rules! token {
    ($(#[$doc:meta])* $name:ident, $example:literal) => {
        $(#[$doc])*
        #[derive(Clone)]
        pub struct $name(SecretString);

        impl $name {
            /// Wraps a token you received (from a cookie or a header, say).
            ///
            /// ```
            #[doc = concat!("let token = authn_sdk::", stringify!($name), "::new(\"", $example, "\");")]
            #[doc = concat!("assert_eq!(format!(\"{token:?}\"), \"", stringify!($name), "(<redacted>)\");")]
            #[doc = concat!("assert_eq!(token.expose_secret(), \"", $example, "\");")]
            /// ```
            pub fn new(token: impl Into<String>) -> Self {
                Self(SecretString::from(token.into()))
            }

            /// The token itself. Call this only where the value must leave the program.
            pub fn expose_secret(&self) -> &str {
                self.0.expose_secret()
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "(<redacted>)"))
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.expose_secret() == other.expose_secret()
            }
        }

        impl Eq for $name {}

        impl sealed::Sealed for $name {}

        impl Token for $name {
            fn expose_secret(&self) -> &str {
                self.0.expose_secret()
            }
        }
    };
}

/// Any of this crate's token types, for the calls that take any token
/// (`authn.client().token().check(..)`). Sealed: only the four token types implement it.
pub trait Token: sealed::Sealed {
    /// The token itself.
    fn expose_secret(&self) -> &str;
}

mod sealed {
    pub trait Sealed {}
}

token!(
    /// A user's active token (`ptu_...`, or a JWT): what `client/userinfo` and
    /// `client/session/refresh` give, and what calls made on the user's behalf take.
    ActiveToken,
    "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
);

token!(
    /// A user's refresh token (`ptr_...`): trades an expired session for a new one.
    RefreshToken,
    "ptr_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"
);

token!(
    /// The AuthN service token (`pts_...`): every AuthN call, user management included. It must
    /// stay on the server. [`Config::new`](crate::Config::new) takes one (or a string).
    ServiceToken,
    "pts_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"
);

token!(
    /// An AuthN client token (`pcl_...`): safe in a browser, it can make only the `client/*`
    /// calls. [`Config::with_client_token`](crate::Config::with_client_token) takes one.
    ClientToken,
    "pcl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
);

/// `Config::new("pts_...")` keeps working: a string is a service token.
impl From<&str> for ServiceToken {
    fn from(token: &str) -> Self {
        Self::new(token)
    }
}

impl From<String> for ServiceToken {
    fn from(token: String) -> Self {
        Self::new(token)
    }
}

impl From<&String> for ServiceToken {
    fn from(token: &String) -> Self {
        Self::new(token.as_str())
    }
}
