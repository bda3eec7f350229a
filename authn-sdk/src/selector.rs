//! `UserRef`: a user selected by exactly one of id, email or username.

use std::fmt;

use authn_api::strings::{Email, Identity, Username};
use authn_api::types;

use crate::error::Error;
use crate::error::invalid;

/// A user, selected by exactly one of id, email or username: the type cannot hold none or two.
///
/// ```
/// use authn_sdk::UserRef;
///
/// let by_email = UserRef::email("joe.user@email.com");
/// let by_id = UserRef::id("pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5");
/// let by_name = UserRef::username("joeuser");
/// assert_eq!(by_email.to_string(), "email joe.user@email.com");
/// # let _ = (by_id, by_name);
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct UserRef(Key);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Id(String),
    Email(String),
    Username(String),
}

/// A `UserRef` whose value matches the description's pattern.
pub(crate) enum Checked {
    Id(Identity),
    Email(Email),
    Username(Username),
}

impl UserRef {
    /// The user with this id (`pui_...`).
    pub fn id(id: impl Into<String>) -> Self {
        Self(Key::Id(id.into()))
    }

    /// The user with this email address.
    pub fn email(email: impl Into<String>) -> Self {
        Self(Key::Email(email.into()))
    }

    /// The user with this username.
    pub fn username(username: impl Into<String>) -> Self {
        Self(Key::Username(username.into()))
    }

    /// Checks the value against the description's pattern; the error names the field.
    /// Consumes the reference, so the checked value takes its string without a copy.
    pub(crate) fn check(self) -> Result<Checked, Error> {
        Ok(match self.0 {
            Key::Id(v) => Checked::Id(Identity::new(v).map_err(invalid("id"))?),
            Key::Email(v) => Checked::Email(Email::new(v).map_err(invalid("email"))?),
            Key::Username(v) => Checked::Username(Username::new(v).map_err(invalid("username"))?),
        })
    }

    /// The selector body of `user/delete`, `user/profile/get` and `user/authenticators/list`.
    pub(crate) fn selector(self) -> Result<types::UserSelector, Error> {
        Ok(match self.check()? {
            Checked::Id(id) => types::UserSelector::Id(id),
            Checked::Email(email) => types::UserSelector::Email(email),
            Checked::Username(username) => types::UserSelector::Username(username),
        })
    }
}

impl From<&crate::User> for UserRef {
    /// Selects a user by its id.
    fn from(user: &crate::User) -> Self {
        UserRef::id(user.id.clone())
    }
}

impl fmt::Display for UserRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Key::Id(v) => write!(f, "id {v}"),
            Key::Email(v) => write!(f, "email {v}"),
            Key::Username(v) => write!(f, "username {v}"),
        }
    }
}

impl fmt::Debug for UserRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "UserRef({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_serialise_to_exactly_one_key() {
        let json = |r: UserRef| serde_json::to_value(r.selector().expect("valid")).expect("json");
        assert_eq!(
            json(UserRef::id("pui_1")),
            serde_json::json!({"id": "pui_1"})
        );
        assert_eq!(
            json(UserRef::email("a@b.c")),
            serde_json::json!({"email": "a@b.c"})
        );
        assert_eq!(
            json(UserRef::username("joe")),
            serde_json::json!({"username": "joe"})
        );
    }

    #[test]
    fn invalid_values_name_the_field() {
        let err = UserRef::email("joe").selector().expect_err("bad email");
        assert!(
            matches!(&err, Error::InvalidInput { field: "email", .. }),
            "{err}"
        );
        assert!(err.to_string().contains("`joe`"), "{err}");
        let err = UserRef::username("j").selector().expect_err("too short");
        assert!(matches!(
            err,
            Error::InvalidInput {
                field: "username",
                ..
            }
        ));
        let err = UserRef::id("").selector().expect_err("empty id");
        assert!(matches!(err, Error::InvalidInput { field: "id", .. }));
    }
}
