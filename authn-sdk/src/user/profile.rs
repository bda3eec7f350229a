//! `authn.user().profile()`: get a user, and merge edits into a profile.

use std::collections::BTreeMap;

use authn_api::types;

use crate::call::Secrets;
use crate::call::send;
use crate::model::User;
use crate::selector::{Checked, UserRef};
use crate::{AuthN, Result};

/// The `authn.user().profile()` group.
#[derive(Debug, Clone, Copy)]
pub struct Profiles<'a> {
    authn: &'a AuthN,
}

impl<'a> Profiles<'a> {
    pub(crate) fn new(authn: &'a AuthN) -> Self {
        Self { authn }
    }

    /// Gets a user and their profile (`user/profile/get`).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let config = authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url());
    /// # let authn = authn_sdk::AuthN::new(config)?;
    /// # authn.user().create("joe.user@email.com").profile([("first_name", "Joe")]).send().await?;
    /// let user = authn.user().profile().get(authn_sdk::UserRef::email("joe.user@email.com")).send().await?;
    /// println!("{:?}", user.profile.get("first_name"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn get(&self, user: UserRef) -> GetProfile {
        GetProfile {
            authn: self.authn.clone(),
            user,
        }
    }

    /// Merges `edits` into a user's profile (`user/profile/update`): keys set are changed,
    /// keys removed are deleted, other keys are left alone.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let config = authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url());
    /// # let authn = authn_sdk::AuthN::new(config)?;
    /// # authn.user().create("joe.user@email.com").profile([("first_name", "Joe")]).send().await?;
    /// use authn_sdk::{ProfileEdit, UserRef};
    /// let edits = ProfileEdit::new().set("phone", "18085550173").remove("nickname");
    /// let user = authn.user().profile().update(UserRef::email("joe.user@email.com"), edits).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, user: UserRef, edits: ProfileEdit) -> UpdateProfile {
        UpdateProfile {
            authn: self.authn.clone(),
            user,
            edits,
        }
    }
}

/// Edits to a profile: keys to set and keys to delete (sent as `null`).
///
/// ```
/// use authn_sdk::ProfileEdit;
/// let edits = ProfileEdit::new().set("phone", "18085550173").remove("nickname");
/// assert_eq!(
///     serde_json::to_string(&edits.to_json()).unwrap(),
///     r#"{"nickname":null,"phone":"18085550173"}"#
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileEdit {
    edits: BTreeMap<String, Option<String>>,
}

impl ProfileEdit {
    /// No edits yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `key` to `value`.
    pub fn set(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.edits.insert(key.into(), Some(value.into()));
        self
    }

    /// Deletes `key` from the profile.
    pub fn remove(mut self, key: impl Into<String>) -> Self {
        self.edits.insert(key.into(), None);
        self
    }

    /// Whether there are no edits.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// The edits as the JSON object sent to the service.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(&self.edits).unwrap_or_default()
    }
}

impl<K: Into<String>, V: Into<String>> FromIterator<(K, Option<V>)> for ProfileEdit {
    fn from_iter<I: IntoIterator<Item = (K, Option<V>)>>(iter: I) -> Self {
        Self {
            edits: iter
                .into_iter()
                .map(|(k, v)| (k.into(), v.map(Into::into)))
                .collect(),
        }
    }
}

/// A `user/profile/get` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetProfile {
    authn: AuthN,
    user: UserRef,
}

send!(
    GetProfile => User,
    user_profile_get(types::UserSelector) -> authn_api::UserResponse,
    Secrets::None,
    |builder| builder.user.selector()
);

/// A `user/profile/update` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateProfile {
    authn: AuthN,
    user: UserRef,
    edits: ProfileEdit,
}

impl UpdateProfile {
    /// The request body, checked against the description.
    fn body(self) -> Result<types::ProfileUpdateRequest> {
        let profile = types::ProfileEdits(self.edits.edits);
        Ok(match self.user.check()? {
            Checked::Id(id) => types::ProfileUpdateRequest::Id { id, profile },
            Checked::Email(email) => types::ProfileUpdateRequest::Email { email, profile },
            Checked::Username(username) => {
                types::ProfileUpdateRequest::Username { username, profile }
            }
        })
    }
}
send!(
    UpdateProfile => User,
    user_profile_update(types::ProfileUpdateRequest) -> authn_api::UserResponse,
    Secrets::None,
    |builder| builder.body()
);
