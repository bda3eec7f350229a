//! Checked string types: identifiers with a pattern, and secrets.
//!
//! `cargo xtask generate` replaces these schemas of the description with the types below
//! (see `xtask::STRING_TYPES`), for two reasons typify cannot serve:
//!
//! * their derived `JsonSchema` carries the description's `pattern`, so the schema-agreement
//!   test can prove that the Rust type checks what the description says;
//! * the secrets ([`LoginCode`], [`UserToken`], [`Password`], [`TokenValue`]) never print:
//!   `Debug` shows `Password(<redacted>)`, errors never echo them, and their bytes are wiped on
//!   drop. Reading one takes an explicit `expose_secret()` call.

use std::fmt;
use std::sync::LazyLock;

use crate::pattern::Pattern;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string that never prints and is wiped from memory when dropped: what the secret types of
/// this crate and of authn-sdk hold.
///
/// (`secrecy::SecretString` does the same; this is its few lines over `zeroize`, which rustls
/// builds anyway, rather than one more crate in every user's build.)
///
/// ```
/// let secret = authn_api::strings::SecretString::from("hunter2".to_string());
/// assert_eq!(format!("{secret:?}"), "SecretString(<redacted>)");
/// assert_eq!(secret.expose_secret(), "hunter2");
/// ```
#[derive(Clone)]
pub struct SecretString(Box<str>);

impl SecretString {
    /// The secret itself. Call this only where the value must leave the program.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl From<String> for SecretString {
    fn from(value: String) -> Self {
        Self(value.into_boxed_str())
    }
}

impl Drop for SecretString {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString(<redacted>)")
    }
}

/// A value that does not match the pattern its type requires.
///
/// The message names the kind of value and the pattern, and quotes the value unless it is a
/// secret.
///
/// ```
/// let err = "joe".parse::<authn_api::strings::Email>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "`joe` is not a valid email address: it must match `^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$`"
/// );
/// let err = "pmc_short".parse::<authn_api::strings::LoginCode>().unwrap_err();
/// assert!(!err.to_string().contains("pmc_short"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidString {
    what: &'static str,
    pattern: &'static str,
    /// `None` for secrets.
    value: Option<String>,
}

impl InvalidString {
    /// The kind of value that was expected, such as `email address`.
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The pattern the value had to match.
    pub fn pattern(&self) -> &'static str {
        self.pattern
    }
}

impl fmt::Display for InvalidString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.value {
            Some(value) => write!(
                f,
                "`{value}` is not a valid {}: it must match `{}`",
                self.what, self.pattern
            ),
            None => write!(
                f,
                "the {} does not match the pattern `{}`",
                self.what, self.pattern
            ),
        }
    }
}

impl std::error::Error for InvalidString {}

/// Checks `value` against `pattern` (compiled once into `compiled`).
fn check(
    compiled: &LazyLock<Pattern>,
    what: &'static str,
    pattern: Option<&'static str>,
    value: &str,
    secret: bool,
) -> Result<(), InvalidString> {
    let Some(pattern) = pattern else {
        return Ok(());
    };
    if compiled.is_match(value) {
        Ok(())
    } else {
        Err(InvalidString {
            what,
            pattern,
            value: (!secret).then(|| value.to_string()),
        })
    }
}

/// Conversions, deserialisation and the JSON Schema, shared by plain and secret strings.
macro_rules! common_impls {
    ($name:ident) => {
        impl std::str::FromStr for $name {
            type Err = InvalidString;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::new(value)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = InvalidString;
            fn try_from(value: &str) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl TryFrom<&String> for $name {
            type Error = InvalidString;
            fn try_from(value: &String) -> Result<Self, Self::Error> {
                Self::new(value.as_str())
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidString;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::new(value)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Self::new(value).map_err(serde::de::Error::custom)
            }
        }

        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> String {
                stringify!($name).to_string()
            }

            fn schema_id() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(concat!("authn_api::strings::", stringify!($name)))
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

macro_rules! string_type {
    (
        $(#[$doc:meta])*
        $name:ident, $what:literal, pattern: $pattern:expr, example: $example:literal
    ) => {
        $(#[$doc])*
        ///
        /// ```
        #[doc = concat!("let value: authn_api::strings::", stringify!($name), " = \"", $example, "\".parse()?;")]
        #[doc = concat!("assert_eq!(value.as_str(), \"", $example, "\");")]
        /// # Ok::<(), authn_api::strings::InvalidString>(())
        /// ```
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            const PATTERN: Option<&'static str> = $pattern;

            /// Checks `value` against the description's pattern and wraps it.
            pub fn new(value: impl Into<String>) -> Result<Self, InvalidString> {
                static COMPILED: LazyLock<Pattern> =
                    LazyLock::new(|| Pattern::new($pattern.unwrap_or_default()));
                let value: String = value.into();
                check(&COMPILED, $what, Self::PATTERN, &value, false)?;
                Ok(Self(value))
            }

            /// The value.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        common_impls!($name);
    };
}

macro_rules! secret_type {
    (
        $(#[$doc:meta])*
        $name:ident, $what:literal, pattern: $pattern:expr, example: $example:literal
    ) => {
        $(#[$doc])*
        ///
        /// ```
        #[doc = concat!("let secret: authn_api::strings::", stringify!($name), " = \"", $example, "\".parse()?;")]
        #[doc = concat!("assert_eq!(format!(\"{secret:?}\"), \"", stringify!($name), "(<redacted>)\");")]
        #[doc = concat!("assert_eq!(secret.expose_secret(), \"", $example, "\");")]
        /// # Ok::<(), authn_api::strings::InvalidString>(())
        /// ```
        #[derive(Clone)]
        pub struct $name(SecretString);

        impl $name {
            const PATTERN: Option<&'static str> = $pattern;

            /// Checks `value` against the description's pattern and wraps it.
            pub fn new(value: impl Into<String>) -> Result<Self, InvalidString> {
                static COMPILED: LazyLock<Pattern> =
                    LazyLock::new(|| Pattern::new($pattern.unwrap_or_default()));
                let value: String = value.into();
                check(&COMPILED, $what, Self::PATTERN, &value, true)?;
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

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.expose_secret())
            }
        }

        common_impls!($name);
    };
}

string_type! {
    /// The id of a user or a service, such as `pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5`.
    Identity, "user id", pattern: Some("^[a-zA-Z0-9 '.:/_-]+$"),
    example: "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"
}

string_type! {
    /// An email address, as the service accepts it.
    Email, "email address", pattern: Some("^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$"),
    example: "joe.user@email.com"
}

string_type! {
    /// A username: 2 to 320 letters, digits and `+._@-`.
    Username, "username", pattern: Some("^[0-9a-zA-Z+._+@-]{2,320}$"), example: "joeuser"
}

string_type! {
    /// A phone number in E.164 format, checked against the description's `Phone` pattern. The
    /// generated `types::Phone` does not check it (see `xtask::UNCHECKED_PATTERN_TYPES`); this
    /// type is what checks it, for those who want the check (the emulator does).
    PhoneNumber, "phone number", pattern: Some(r"^\+[0-9](?:[ -]?[0-9]){1,14}$"),
    example: "+1-808-555-0173"
}

string_type! {
    /// The id of an authenticator, such as `pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a`.
    AuthenticatorId, "authenticator id", pattern: Some("^pau_[a-z2-7]{32}$"),
    example: "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
}

string_type! {
    /// The id of a login or sign-up flow, such as `pfl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a`.
    FlowId, "flow id", pattern: Some("^pfl_[a-z2-7]{32}$"),
    example: "pfl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
}

secret_type! {
    /// The one-time code a login callback receives (`pmc_...`), traded for a session by
    /// `client/userinfo`.
    LoginCode, "login code", pattern: Some("^p[a-z][a-z2]_[a-z2-7]{32}$"),
    example: "pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw"
}

secret_type! {
    /// A user's token (`ptu_...` or a JWT), as `client/password/change` takes it.
    UserToken, "user token",
    pattern: Some("^(ptu_[a-z2-7]{32})|([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$"),
    example: "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
}

secret_type! {
    /// A password. Any string: the service applies the project's password policy.
    Password, "password", pattern: None, example: "My2n+Password"
}

secret_type! {
    /// A token value returned by the service (`ptu_...`, `ptr_...`, or a JWT). Not checked
    /// against a pattern, so that a new token format still decodes.
    TokenValue, "token value", pattern: None, example: "ptr_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"
}

secret_type! {
    /// Any token the service issues (`pti_`, `ptr_`, `pts_`, `ptu_`, `pcl_`) or a JWT, as
    /// `client/token/check` takes it. The pattern is Pangea's, anchors included.
    AnyToken, "token",
    pattern: Some("^(p(ti|tr|ts|tu|cl)_[a-z2-7]{32})|([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)$"),
    example: "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
}

secret_type! {
    /// A session's refresh token (`ptr_...`), traded for new tokens by `client/session/refresh`.
    RefreshToken, "refresh token", pattern: Some("^ptr_[a-z2-7]{32}$"),
    example: "ptr_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"
}

string_type! {
    /// The id of a token or a session, such as `pmt_zppkzrjguxyblaia6itbiesejn7jejnr`.
    TokenId, "token id", pattern: Some("^pmt_[a-z2-7]{32}$"),
    example: "pmt_zppkzrjguxyblaia6itbiesejn7jejnr"
}

string_type! {
    /// The id of an invitation, such as `pmi_vjb237phymwzzlulrtxegapha5lqevxy`.
    InviteId, "invitation id", pattern: Some("^p[a-z][a-z2]_[a-z2-7]{32}$"),
    example: "pmi_vjb237phymwzzlulrtxegapha5lqevxy"
}

string_type! {
    /// The id of a service account, such as `psa_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a`.
    ServiceAccountId, "service account id", pattern: Some("^psa_[a-z2-7]{32}$"),
    example: "psa_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"
}

string_type! {
    /// A login callback URL (`http` or `https`, no spaces), such as
    /// `https://www.myserver.com/callback`.
    Callback, "callback URL", pattern: Some("^https?://[^\\s]+$"),
    example: "https://www.myserver.com/callback"
}

string_type! {
    /// The state string handed back to a login callback: 8 to 999 letters, digits and `_-+/=.`.
    CallbackState, "callback state", pattern: Some("^[a-zA-Z0-9_\\-\\+\\/=.]{8,999}$"),
    example: "pcb_zurr3lkcwdp5keq73htsfpcii5k4zgm7"
}
