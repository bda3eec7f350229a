//! `authn.user()`: create, update and delete users, list them, and the `profile()` and
//! `authenticators()` groups.

pub mod authenticators;
pub mod invites;
pub mod list;
pub mod profile;

use std::collections::BTreeMap;

use authn_api::strings::{Email, Username};
use authn_api::types;

use crate::call::{Secrets, send};
use crate::error::invalid;
use crate::model::User;
use crate::selector::{Checked, UserRef};
use crate::{AuthN, Result};

/// The `authn.user()` group.
///
/// ```
/// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new("t"))?;
/// let users = authn.user();
/// let create = users.create("joe.user@email.com");
/// # let _ = create;
/// # Ok::<(), authn_sdk::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Users<'a> {
    authn: &'a AuthN,
}

impl<'a> Users<'a> {
    pub(crate) fn new(authn: &'a AuthN) -> Self {
        Self { authn }
    }

    /// Creates a user with this email address (`user/create`). Add profile fields with
    /// [`CreateUser::profile`] and a username with [`CreateUser::username`].
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let config = authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url());
    /// # let authn = authn_sdk::AuthN::new(config)?;
    /// let user = authn
    ///     .user()
    ///     .create("joe.user@email.com")
    ///     .profile([("first_name", "Joe"), ("last_name", "User")])
    ///     .send()
    ///     .await?;
    /// println!("created {}", user.id);
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(&self, email: impl Into<String>) -> CreateUser {
        CreateUser {
            authn: self.authn.clone(),
            email: email.into(),
            profile: BTreeMap::new(),
            username: None,
        }
    }

    /// Deletes a user (`user/delete`).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let config = authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url());
    /// # let authn = authn_sdk::AuthN::new(config)?;
    /// # authn.user().create("joe.user@email.com").profile([("first_name", "Joe")]).send().await?;
    /// authn.user().delete(authn_sdk::UserRef::email("joe.user@email.com")).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete(&self, user: UserRef) -> DeleteUser {
        DeleteUser {
            authn: self.authn.clone(),
            user,
        }
    }

    /// Changes a user's settings (`user/update`): disable or re-enable, unlock, set the phone.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let config = authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url());
    /// # let authn = authn_sdk::AuthN::new(config)?;
    /// # authn.user().create("joe.user@email.com").profile([("first_name", "Joe")]).send().await?;
    /// let user = authn.user().update(authn_sdk::UserRef::email("joe.user@email.com")).disabled(true).send().await?;
    /// assert_eq!(user.disabled, Some(true));
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(&self, user: UserRef) -> UpdateUser {
        UpdateUser {
            authn: self.authn.clone(),
            user,
            disabled: None,
            unlock: None,
            phone: None,
        }
    }

    /// Lists users, one page per await, or all of them as a stream (`user/list`).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let config = authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url());
    /// # let authn = authn_sdk::AuthN::new(config)?;
    /// # authn.user().create("joe.user@email.com").profile([("first_name", "Joe")]).send().await?;
    /// use futures_util::TryStreamExt;
    /// let page = authn.user().list().size(50).send().await?;
    /// println!("{} users on the first page", page.count);
    /// let mut users = authn.user().list().items();
    /// while let Some(user) = users.try_next().await? {
    ///     println!("{}", user.email);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> list::ListUsers {
        list::ListUsers::new(self.authn.clone())
    }

    /// The `authn.user().profile()` group: get and update profiles.
    pub fn profile(&self) -> profile::Profiles<'a> {
        profile::Profiles::new(self.authn)
    }

    /// Invites `email` on behalf of `inviter` (`user/invite`): following the invitation leads
    /// to the login `callback`, which receives `state` (8 to 999 letters, digits and `_-+/=.`).
    /// Needs the service token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// let invite = authn
    ///     .user()
    ///     .invite("joe.user@email.com", "bob.user@email.com", "https://www.myserver.com/callback", "pcb_zurr3lkcwdp5keq73htsfpcii5k4zgm7")
    ///     .send()
    ///     .await?;
    /// println!("invitation {:?} expires {:?}", invite.id, invite.expire);
    /// # Ok(())
    /// # }
    /// ```
    pub fn invite(
        &self,
        inviter: impl Into<String>,
        email: impl Into<String>,
        callback: impl Into<String>,
        state: impl Into<String>,
    ) -> invites::InviteUser {
        invites::InviteUser {
            authn: self.authn.clone(),
            inviter: inviter.into(),
            email: email.into(),
            callback: callback.into(),
            state: state.into(),
            client_id: None,
        }
    }

    /// The `authn.user().invites()` group: list and withdraw pending invitations.
    pub fn invites(&self) -> invites::Invites<'a> {
        invites::Invites::new(self.authn)
    }

    /// The `authn.user().authenticators()` group: list and delete authenticators.
    pub fn authenticators(&self) -> authenticators::Authenticators<'a> {
        authenticators::Authenticators::new(self.authn)
    }
}

/// A `user/create` call; [`send`](Self::send) sends it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateUser {
    authn: AuthN,
    email: String,
    profile: BTreeMap<String, String>,
    username: Option<String>,
}

impl CreateUser {
    /// Adds profile fields (`first_name`, `last_name`, any string key).
    pub fn profile<K: Into<String>, V: Into<String>>(
        mut self,
        fields: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.profile
            .extend(fields.into_iter().map(|(k, v)| (k.into(), v.into())));
        self
    }

    /// Gives the user a username.
    pub fn username(mut self, username: impl Into<String>) -> Self {
        self.username = Some(username.into());
        self
    }

    /// The request body, checked against the description.
    fn body(self) -> Result<types::UserCreateRequest> {
        Ok(types::UserCreateRequest {
            email: Email::new(self.email).map_err(invalid("email"))?,
            profile: types::Profile(self.profile),
            username: self
                .username
                .map(Username::new)
                .transpose()
                .map_err(invalid("username"))?,
        })
    }
}
send!(
    CreateUser => User,
    user_create(types::UserCreateRequest) -> authn_api::UserResponse,
    Secrets::None,
    |builder| builder.body()
);

/// A `user/delete` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUser {
    authn: AuthN,
    user: UserRef,
}

send!(
    DeleteUser => (),
    user_delete(types::UserSelector) -> authn_api::EmptyResponse,
    Secrets::None,
    |builder| builder.user.selector()
);

/// A `user/update` call. Only the settings you set are sent.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateUser {
    authn: AuthN,
    user: UserRef,
    disabled: Option<bool>,
    unlock: Option<bool>,
    phone: Option<String>,
}

impl UpdateUser {
    /// Disables (`true`) or re-enables (`false`) the user; a disabled user cannot log in.
    pub fn disabled(mut self, disabled: bool) -> Self {
        self.disabled = Some(disabled);
        self
    }

    /// Unlocks a user locked out after failed authentication attempts (`true`).
    pub fn unlock(mut self, unlock: bool) -> Self {
        self.unlock = Some(unlock);
        self
    }

    /// Sets the user's phone number (E.164, such as `+18085550173`).
    pub fn phone(mut self, phone: impl Into<String>) -> Self {
        self.phone = Some(phone.into());
        self
    }

    /// The request body, checked against the description.
    fn body(self) -> Result<types::UserUpdateRequest> {
        let (disabled, unlock, phone) = (self.disabled, self.unlock, self.phone.map(types::Phone));
        Ok(match self.user.check()? {
            Checked::Id(id) => types::UserUpdateRequest::Id {
                id,
                disabled,
                unlock,
                phone,
            },
            Checked::Email(email) => types::UserUpdateRequest::Email {
                email,
                disabled,
                unlock,
                phone,
            },
            Checked::Username(username) => types::UserUpdateRequest::Username {
                username,
                disabled,
                unlock,
                phone,
            },
        })
    }
}
send!(
    UpdateUser => User,
    user_update(types::UserUpdateRequest) -> authn_api::UserResponse,
    Secrets::None,
    |builder| builder.body()
);
