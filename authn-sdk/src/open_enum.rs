//! Enums Pangea extends: the values this SDK knows, and any other string kept intact.
//!
//! An unknown value is held by [`Unknown`], which only parsing can make. So `Other` never
//! holds a value that has a variant, and code that compares with the wire string
//! (`status == "UserExists"`) or with a parsed value keeps matching when a later version of
//! the SDK gives that value a variant.

use std::fmt;

/// A value this version of the SDK has no variant for, exactly as the service sent it.
///
/// Only parsing makes one, so it never holds a value that has a variant:
///
/// ```
/// use authn_sdk::PangeaStatus;
///
/// let status = PangeaStatus::from("QuotaExceeded");
/// assert_eq!(status, "QuotaExceeded");
/// assert!(matches!(&status, PangeaStatus::Other(unknown) if unknown.as_str() == "QuotaExceeded"));
/// // A value with a variant always parses to it.
/// assert_eq!(PangeaStatus::from("UserExists"), PangeaStatus::UserExists);
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unknown(pub(crate) String);

impl Unknown {
    /// The value as the service wrote it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Unknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Unknown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Writes an open enum: its variants with their wire strings, `Other(Unknown)`, parsing
/// (infallible), `as_str`, `Display`, and equality with `str`. `parse_known` names the function
/// that finds the variant of a string (`Self::known` for an exact match).
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$doc:meta])* $variant:ident = $text:literal, )*
        }
        parse_known = $parse_known:path;
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$doc])* $variant, )*
            /// A value this version of the SDK does not know, exactly as the service sent it.
            Other($crate::open_enum::Unknown),
        }

        impl $name {
            /// The value as the service writes it.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $text, )*
                    $name::Other(unknown) => unknown.as_str(),
                }
            }

            /// Every value with a variant (so without `Other`).
            pub const KNOWN: &'static [$name] = &[$( $name::$variant, )*];

            /// The variant of a wire string, exactly as written, if it has one.
            #[allow(dead_code)] // an enum with a lenient `parse_known` may not call it
            fn known(s: &str) -> Option<Self> {
                match s {
                    $( $text => Some($name::$variant), )*
                    _ => None,
                }
            }

            fn parse_known(s: &str) -> Option<Self> {
                $parse_known(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self::parse_known(s)
                    .unwrap_or_else(|| $name::Other($crate::open_enum::Unknown(s.to_string())))
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self::parse_known(&s).unwrap_or($name::Other($crate::open_enum::Unknown(s)))
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(s))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                Self::parse_known(other).map_or_else(|| self.as_str() == other, |known| *self == known)
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                *self == **other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                *other == *self
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *other == **self
            }
        }
    };
}
pub(crate) use open_enum;
