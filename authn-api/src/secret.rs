//! String types for secrets: login codes, user tokens, passwords and token values.
//!
//! The description marks these schemas as secrets and `cargo xtask generate` replaces them with
//! the types below, so no generated request or response can print one: `Debug` shows
//! `Password(<redacted>)`, and the bytes are wiped from memory when the value is dropped. Reading
//! the value takes an explicit [`expose_secret`](Password::expose_secret) call.

use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A value that does not match the pattern its secret type requires.
///
/// The message names the type and the pattern, never the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidSecret {
    type_name: &'static str,
    pattern: &'static str,
}

impl fmt::Display for InvalidSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the {} does not match the pattern `{}`",
            self.type_name, self.pattern
        )
    }
}

impl std::error::Error for InvalidSecret {}

macro_rules! secret_string {
    (
        $(#[$doc:meta])*
        $name:ident, $what:literal, pattern: $pattern:expr, example: $example:literal
    ) => {
        $(#[$doc])*
        ///
        /// ```
        #[doc = concat!("let secret: authn_api::types::", stringify!($name), " = \"", $example, "\".parse()?;")]
        #[doc = concat!("assert_eq!(format!(\"{secret:?}\"), \"", stringify!($name), "(<redacted>)\");")]
        #[doc = concat!("assert_eq!(secret.expose_secret(), \"", $example, "\");")]
        /// # Ok::<(), authn_api::secret::InvalidSecret>(())
        /// ```
        #[derive(Clone)]
        pub struct $name(SecretString);

        impl $name {
            const PATTERN: Option<&'static str> = $pattern;

            /// Checks `value` against the description's pattern and wraps it.
            pub fn new(value: impl Into<String>) -> Result<Self, InvalidSecret> {
                let value: String = value.into();
                if let Some(pattern) = Self::PATTERN {
                    static REGEX: LazyLock<Option<regress::Regex>> =
                        LazyLock::new(|| $pattern.and_then(|p| regress::Regex::new(p).ok()));
                    let matches = REGEX.as_ref().is_some_and(|r| r.find(&value).is_some());
                    if !matches {
                        return Err(InvalidSecret { type_name: $what, pattern });
                    }
                }
                Ok(Self(SecretString::from(value)))
            }

            /// The secret itself. Call this only where the value must leave the program.
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

        impl std::str::FromStr for $name {
            type Err = InvalidSecret;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::new(value)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = InvalidSecret;
            fn try_from(value: &str) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl TryFrom<&String> for $name {
            type Error = InvalidSecret;
            fn try_from(value: &String) -> Result<Self, Self::Error> {
                Self::new(value.as_str())
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidSecret;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.expose_secret())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Self::new(value).map_err(serde::de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> String {
                stringify!($name).to_string()
            }

            fn schema_id() -> Cow<'static, str> {
                Cow::Borrowed(concat!("authn_api::secret::", stringify!($name)))
            }

            fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
                let mut schema = schemars::schema::SchemaObject {
                    instance_type: Some(schemars::schema::InstanceType::String.into()),
                    ..Default::default()
                };
                if let Some(pattern) = Self::PATTERN {
                    schema.string().pattern = Some(pattern.to_string());
                }
                schema.into()
            }
        }
    };
}

secret_string! {
    /// The one-time code a login callback receives (`pmc_...`), traded for a session by
    /// `client/userinfo`.
    LoginCode, "login code", pattern: Some("^p[a-z][a-z2]_[a-z2-7]{32}$"),
    example: "pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw"
}

secret_string! {
    /// A user's token (`ptu_...` or a JWT), as `client/password/change` takes it.
    UserToken, "user token",
    pattern: Some("^(ptu_[a-z2-7]{32})|([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$"),
    example: "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
}

secret_string! {
    /// A password. Any string: the service applies the project's password policy.
    Password, "password", pattern: None, example: "My2n+Password"
}

secret_string! {
    /// A token value returned by the service (`ptu_...`, `ptr_...`, or a JWT). Not checked
    /// against a pattern, so that a new token format still decodes.
    TokenValue, "token value", pattern: None, example: "ptr_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"
}
