//! The tokens of a login session, as distinct types that never print.
//!
//! A user's active token and their refresh token are both strings on the wire, but they are
//! not interchangeable: each has its own type here, so passing one where the other is
//! expected does not compile. Neither appears in `Debug` output, and their bytes are wiped
//! when dropped; reading one takes an explicit [`expose_secret`](ActiveToken::expose_secret).

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

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
    };
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
