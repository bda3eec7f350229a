//! The list filters (`UserFilter`, `SessionFilter`, `InviteFilter`): one method per key of the
//! official description, written by the macros below, over a shared map of keys.
//!
//! Pangea's filters share their forms: `x` (equals), `x__contains` (every substring), `x__in`
//! (one of the values), `__gt`, `__gte`, `__lt`, `__lte` (dates and counts), boolean flags,
//! and, on user and session lists, the `profile_<Name>` keys.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::error::Error;
use crate::{Result, Timestamp};

/// The keys of a filter, and the first invalid profile field name (reported when the request
/// is sent, since a builder method cannot fail).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Keys {
    keys: Map<String, Value>,
    invalid: Option<String>,
}

impl Keys {
    pub(crate) fn set(&mut self, key: &str, value: Value) {
        self.keys.insert(key.to_string(), value);
    }

    /// A `profile_<name><suffix>` key; `name` must be ASCII letters, as Pangea's description
    /// requires (`^profile_([A-Za-z]+)$`).
    pub(crate) fn profile(&mut self, name: &str, suffix: &str, value: Value) {
        if (name.is_empty() || !name.chars().all(|c| c.is_ascii_alphabetic()))
            && self.invalid.is_none()
        {
            self.invalid = Some(name.to_string());
        }
        self.set(&format!("profile_{name}{suffix}"), value);
    }

    pub(crate) fn to_json(&self) -> Value {
        Value::Object(self.keys.clone())
    }

    /// The generated filter type, checked; `extra` is its map of the keys it does not list.
    pub(crate) fn to_typed<T: DeserializeOwned>(
        &self,
        extra: impl FnOnce(&mut T) -> &mut Map<String, Value>,
    ) -> Result<T> {
        if let Some(name) = &self.invalid {
            return Err(Error::InvalidInput {
                field: "filter",
                message: format!("profile field names must be ASCII letters, not {name:?}"),
            });
        }
        let mut typed: T =
            serde_json::from_value(self.to_json()).map_err(|e| Error::InvalidInput {
                field: "filter",
                message: e.to_string(),
            })?;
        // The generated type leaves empty arrays out when it serialises, which would turn
        // `id_in([])` (nothing) into no condition at all (everything). Send them as given.
        let extra = extra(&mut typed);
        for (key, value) in &self.keys {
            if value.as_array().is_some_and(Vec::is_empty) {
                extra.insert(key.clone(), value.clone());
            }
        }
        Ok(typed)
    }
}

pub(crate) fn strings<S: Into<String>>(values: impl IntoIterator<Item = S>) -> Value {
    Value::Array(
        values
            .into_iter()
            .map(|s| Value::String(s.into()))
            .collect(),
    )
}

/// RFC 3339 in UTC, as `Timestamp` displays it: `2024-01-02T03:04:05.120Z`.
pub(crate) fn timestamp(at: impl Into<Timestamp>) -> Value {
    Value::String(at.into().to_string())
}

/// The wire key of a method: its name, or the literal given (`kind = "type"`).
macro_rules! key {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident, $key:literal) => {
        $key
    };
}
pub(crate) use key;

/// `x`, `x__contains` and `x__in` methods for string keys; `$what` names the records, and
/// `name = "key"` sends a method's values under another key.
macro_rules! string_keys {
    ($what:literal; $( $field:ident $(= $key:literal)?, $contains:ident, $in_:ident; )*) => {$(
        #[doc = concat!("Only ", $what, " whose `", $crate::filter::key!($field $(, $key)?), "` equals `value`.")]
        pub fn $field(mut self, value: impl Into<String>) -> Self {
            self.keys.set($crate::filter::key!($field $(, $key)?), serde_json::Value::String(value.into()));
            self
        }

        #[doc = concat!("Only ", $what, " whose `", $crate::filter::key!($field $(, $key)?), "` includes every one of these substrings (`", $crate::filter::key!($field $(, $key)?), "__contains`).")]
        pub fn $contains<S: Into<String>>(mut self, substrings: impl IntoIterator<Item = S>) -> Self {
            self.keys.set(concat!($crate::filter::key!($field $(, $key)?), "__contains"), $crate::filter::strings(substrings));
            self
        }

        #[doc = concat!("Only ", $what, " whose `", $crate::filter::key!($field $(, $key)?), "` is one of these values (`", $crate::filter::key!($field $(, $key)?), "__in`).")]
        pub fn $in_<S: Into<String>>(mut self, values: impl IntoIterator<Item = S>) -> Self {
            self.keys.set(concat!($crate::filter::key!($field $(, $key)?), "__in"), $crate::filter::strings(values));
            self
        }
    )*};
}
pub(crate) use string_keys;

/// `x`, `x__gt`, `x__gte`, `x__lt` and `x__lte` methods for keys of type `$ty`.
macro_rules! range_keys {
    ($what:literal, $ty:ty, $to_json:expr; $( $field:ident, $gt:ident, $gte:ident, $lt:ident, $lte:ident; )*) => {$(
        #[doc = concat!("Only ", $what, " whose `", stringify!($field), "` equals `value`.")]
        pub fn $field(mut self, value: $ty) -> Self {
            self.keys.set(stringify!($field), $to_json(value));
            self
        }

        #[doc = concat!("Only ", $what, " whose `", stringify!($field), "` is greater than `value` (`__gt`).")]
        pub fn $gt(mut self, value: $ty) -> Self {
            self.keys.set(concat!(stringify!($field), "__gt"), $to_json(value));
            self
        }

        #[doc = concat!("Only ", $what, " whose `", stringify!($field), "` is at least `value` (`__gte`).")]
        pub fn $gte(mut self, value: $ty) -> Self {
            self.keys.set(concat!(stringify!($field), "__gte"), $to_json(value));
            self
        }

        #[doc = concat!("Only ", $what, " whose `", stringify!($field), "` is less than `value` (`__lt`).")]
        pub fn $lt(mut self, value: $ty) -> Self {
            self.keys.set(concat!(stringify!($field), "__lt"), $to_json(value));
            self
        }

        #[doc = concat!("Only ", $what, " whose `", stringify!($field), "` is at most `value` (`__lte`).")]
        pub fn $lte(mut self, value: $ty) -> Self {
            self.keys.set(concat!(stringify!($field), "__lte"), $to_json(value));
            self
        }
    )*};
}
pub(crate) use range_keys;

/// Methods for boolean flags.
macro_rules! flag_keys {
    ($what:literal; $( $field:ident, )*) => {$(
        #[doc = concat!("Only ", $what, " whose `", stringify!($field), "` flag equals `value`.")]
        pub fn $field(mut self, value: bool) -> Self {
            self.keys.set(stringify!($field), serde_json::Value::Bool(value));
            self
        }
    )*};
}
pub(crate) use flag_keys;

/// The methods every filter has: `new`, `raw`, `to_json`, and (with `profile`) the three
/// `profile_<Name>` forms.
macro_rules! common_keys {
    ($what:literal) => {
        /// No conditions.
        pub fn new() -> Self {
            Self::default()
        }

        /// Any key, for filters Pangea adds after this SDK was written. The value is sent as
        /// it is.
        pub fn raw(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
            let key = key.into();
            self.keys.set(&key, value);
            self
        }

        /// The filter as the JSON object sent to the service.
        pub fn to_json(&self) -> serde_json::Value {
            self.keys.to_json()
        }
    };
    ($what:literal, profile) => {
        $crate::filter::common_keys!($what);

        #[doc = concat!("Only ", $what, " whose profile field `name` equals `value` (`profile_<name>`). `name` must be")]
        /// ASCII letters, as Pangea's description requires (`^profile_([A-Za-z]+)$`): a field
        /// such as `first_name` cannot be filtered on, and fails with
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) when the request is sent.
        pub fn profile(mut self, name: &str, value: impl Into<String>) -> Self {
            self.keys.profile(name, "", serde_json::Value::String(value.into()));
            self
        }

        #[doc = concat!("Only ", $what, " whose profile field `name` contains one of these substrings.")]
        pub fn profile_contains<S: Into<String>>(
            mut self,
            name: &str,
            substrings: impl IntoIterator<Item = S>,
        ) -> Self {
            self.keys.profile(name, "__contains", $crate::filter::strings(substrings));
            self
        }

        #[doc = concat!("Only ", $what, " who have (`true`) or lack (`false`) the profile field `name`.")]
        pub fn profile_exists(mut self, name: &str, exists: bool) -> Self {
            self.keys.profile(name, "__exists", serde_json::Value::Bool(exists));
            self
        }
    };
}
pub(crate) use common_keys;

/// `2024-01-02T03:04:<second>Z`: a distinct instant per time method in the filters' tests, so
/// that a method writing another's key shows.
#[cfg(test)]
pub(crate) fn test_instant(second: u32) -> Timestamp {
    format!("2024-01-02T03:04:{second:02}Z")
        .parse()
        .expect("valid")
}
