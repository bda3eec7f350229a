//! What the calls return: the SDK's own types, so that regenerating the low-level client never
//! changes them. Each is made from the generated type of the same name in `convert.rs`, and
//! decodes from Pangea's JSON through it (`serde_json::from_value` works, which is one way to
//! build one in a test; `new` is the other).
//!
//! Structs and enums are `#[non_exhaustive]`: Pangea adds fields and values, and adding them
//! here is then not a breaking change. Fields stay public to read and to assign.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::Timestamp;
use crate::open_enum::open_enum;
use crate::token::{ActiveToken, RefreshToken};

/// A user, as every user call returns it.
///
/// ```
/// let mut user = authn_sdk::User::new("pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5", "joe.user@email.com");
/// user.profile.insert("first_name".into(), "Joe".into());
/// user.disabled = Some(true);
/// assert_eq!(user.profile["first_name"], "Joe");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct User {
    /// The user's id (`pui_...`).
    pub id: String,
    /// The user's email address.
    pub email: String,
    /// The user's username, when the project uses usernames.
    pub username: Option<String>,
    /// The user's profile: free-form string fields such as `first_name`.
    pub profile: BTreeMap<String, String>,
    /// Whether the user's email address has been verified.
    pub verified: bool,
    /// Whether an administrator has disabled the user.
    pub disabled: Option<bool>,
    /// Whether the user is locked out after failed authentication attempts.
    pub locked_out: Option<bool>,
    /// The user's phone number, in E.164 format.
    pub phone: Option<String>,
    /// When the user was created.
    pub created_at: Option<Timestamp>,
    /// When the user last logged in.
    pub last_login_at: Option<Timestamp>,
    /// The IP address of the user's last login.
    pub last_login_ip: Option<String>,
    /// The city of the user's last login.
    pub last_login_city: Option<String>,
    /// The country of the user's last login.
    pub last_login_country: Option<String>,
    /// How many times the user has logged in.
    pub login_count: Option<i64>,
    /// The id (`peu_...`) of the end-user licence agreement the user accepted.
    pub accepted_eula_id: Option<String>,
    /// The id (`peu_...`) of the privacy policy the user accepted.
    pub accepted_privacy_policy_id: Option<String>,
    /// The ids of the groups the user belongs to.
    pub groups: Vec<String>,
    /// The user's authenticators, when the service includes them.
    pub authenticators: Vec<Authenticator>,
}

impl User {
    /// A user with this id and email and nothing else set, for tests.
    pub fn new(id: impl Into<String>, email: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            email: email.into(),
            username: None,
            profile: BTreeMap::new(),
            verified: false,
            disabled: None,
            locked_out: None,
            phone: None,
            created_at: None,
            last_login_at: None,
            last_login_ip: None,
            last_login_city: None,
            last_login_country: None,
            login_count: None,
            accepted_eula_id: None,
            accepted_privacy_policy_id: None,
            groups: Vec::new(),
            authenticators: Vec::new(),
        }
    }
}

/// One page of `user/list`.
///
/// ```
/// let page = authn_sdk::UserList::new(vec![authn_sdk::User::new("pui_1", "a@example.com")], 1);
/// assert_eq!(page.last, None);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UserList {
    /// The users of this page.
    pub users: Vec<User>,
    /// The number of users that match the request, over all pages.
    pub count: i64,
    /// The cursor of the next page; `None` on the last page.
    pub last: Option<String>,
}

impl UserList {
    /// A page with these users and this total count, and no next page, for tests.
    pub fn new(users: Vec<User>, count: i64) -> Self {
        Self {
            users,
            count,
            last: None,
        }
    }
}

/// A way for a user to authenticate, such as a password or a passkey.
///
/// ```
/// use authn_sdk::{Authenticator, AuthenticatorType};
/// let totp = Authenticator::new("pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a", AuthenticatorType::Totp);
/// assert_eq!(totp.kind, "totp");
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Authenticator {
    /// The authenticator's id (`pau_...`).
    pub id: String,
    /// Its kind (the wire field `type`).
    pub kind: AuthenticatorType,
    /// Whether the authenticator can be used.
    pub enabled: bool,
    /// When the authenticator was enrolled.
    pub created_at: Timestamp,
    /// When the authenticator last changed.
    pub updated_at: Timestamp,
    /// The login phase the authenticator serves, such as `primary`.
    pub phase: Option<String>,
    /// The identity provider, for social and SAML authenticators.
    pub provider: Option<String>,
    /// The display name of the identity provider.
    pub provider_name: Option<String>,
    /// The relying party id, for passkeys.
    pub rpid: Option<String>,
    /// The authenticator's state.
    pub state: Option<String>,
    /// The user agent that enrolled the authenticator.
    pub enrolling_browser: Option<String>,
    /// The IP address that enrolled the authenticator.
    pub enrolling_ip: Option<String>,
}

impl Authenticator {
    /// An enabled authenticator of this id and kind, created now, for tests.
    pub fn new(id: impl Into<String>, kind: AuthenticatorType) -> Self {
        let now = Timestamp::now();
        Self {
            id: id.into(),
            kind,
            enabled: true,
            created_at: now,
            updated_at: now,
            phase: None,
            provider: None,
            provider_name: None,
            rpid: None,
            state: None,
            enrolling_browser: None,
            enrolling_ip: None,
        }
    }
}

open_enum! {
    /// The kind of an authenticator.
    ///
    /// ```
    /// use authn_sdk::AuthenticatorType;
    /// assert_eq!(AuthenticatorType::SmsOtp.as_str(), "sms_otp");
    /// assert_eq!(AuthenticatorType::from("webauthn2"), "webauthn2");
    /// ```
    pub enum AuthenticatorType {
        /// `password`
        Password = "password",
        /// `totp`: a time-based one-time password app.
        Totp = "totp",
        /// `sms_otp`: a code sent by SMS.
        SmsOtp = "sms_otp",
        /// `email_otp`: a code sent by email.
        EmailOtp = "email_otp",
        /// `magiclink`: a link sent by email.
        Magiclink = "magiclink",
        /// `passkey`
        Passkey = "passkey",
        /// `social`: a social identity provider.
        Social = "social",
        /// `saml`: a SAML identity provider.
        Saml = "saml",
    }
    parse_known = AuthenticatorType::known;
}

open_enum! {
    /// The kind of a token.
    ///
    /// ```
    /// use authn_sdk::TokenType;
    /// assert_eq!(TokenType::User.as_str(), "user");
    /// ```
    pub enum TokenType {
        /// `user`: a user's token.
        User = "user",
        /// `session`
        Session = "session",
        /// `client`: a client token.
        Client = "client",
        /// `service`: a service token.
        Service = "service",
        /// `service_account`
        ServiceAccount = "service_account",
        /// `service_account_client`
        ServiceAccountClient = "service_account_client",
        /// `service_account_pangea`
        ServiceAccountPangea = "service_account_pangea",
    }
    parse_known = TokenType::known;
}

/// The tokens of a login session, as `client/userinfo` returns them.
///
/// Its tokens never print: `Debug` shows `ActiveToken(<redacted>)`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Userinfo {
    /// The active token, used on the user's behalf; absent when the login is not complete.
    pub active_token: Option<LoginToken<ActiveToken>>,
    /// The refresh token, to renew the session.
    pub refresh_token: LoginToken<RefreshToken>,
}

impl Userinfo {
    /// A session of these tokens, for tests.
    pub fn new(
        active_token: Option<LoginToken<ActiveToken>>,
        refresh_token: LoginToken<RefreshToken>,
    ) -> Self {
        Self {
            active_token,
            refresh_token,
        }
    }
}

/// A token of a login session, and what the service says about it ([`TokenInfo`], which
/// it dereferences to: `token.email`, `token.expire`...). `T` is the token's type,
/// [`ActiveToken`] or [`RefreshToken`], so the two cannot be mixed up.
///
/// ```
/// use authn_sdk::{LoginToken, RefreshToken, TokenInfo, TokenType};
///
/// let info = TokenInfo::new("pmt_1", "pui_1", "joe@example.com");
/// let refresh = LoginToken::new(RefreshToken::new("ptr_xpkhwpnz2cmegsws737xbsqnmnuwtbm5"), info);
/// assert_eq!(refresh.kind, TokenType::User);
/// assert_eq!(refresh.email, "joe@example.com");
/// assert!(!format!("{refresh:?}").contains("ptr_xpkh"));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct LoginToken<T> {
    /// The token itself.
    pub token: T,
    /// What the service says about it.
    pub info: TokenInfo,
}

impl<T> LoginToken<T> {
    /// A token with this information, for tests.
    pub fn new(token: T, info: TokenInfo) -> Self {
        Self { token, info }
    }
}

impl<T> std::ops::Deref for LoginToken<T> {
    type Target = TokenInfo;
    fn deref(&self) -> &TokenInfo {
        &self.info
    }
}

impl<T> std::ops::DerefMut for LoginToken<T> {
    fn deref_mut(&mut self) -> &mut TokenInfo {
        &mut self.info
    }
}

/// What the service says about a token (`client/token/check`, and beside every token of a
/// session), without the token itself.
///
/// ```
/// let info = authn_sdk::TokenInfo::new("pmt_1", "pui_1", "joe@example.com");
/// assert!(info.expire > info.created_at);
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TokenInfo {
    /// The token's id (`pmt_...`).
    pub id: String,
    /// The token's kind (the wire field `type`).
    pub kind: TokenType,
    /// The id of the token's user (`pui_...`).
    pub identity: String,
    /// The email address of the token's user.
    pub email: String,
    /// The token's lifetime in seconds.
    pub life: i64,
    /// When the token expires.
    pub expire: Timestamp,
    /// When the token was issued.
    pub created_at: Timestamp,
    /// The user's profile.
    pub profile: BTreeMap<String, String>,
    /// The token's scopes.
    pub scopes: Vec<String>,
    /// The audiences the token is meant for.
    pub audience: Option<Vec<String>>,
    /// The service account (`psa_...`) the token was issued to.
    pub client_id: Option<String>,
    /// Whether the token can be used.
    pub enabled: Option<bool>,
    /// The claims carried by the token.
    pub claims: Map<String, Value>,
    /// What Pangea's intelligence services found about the login.
    pub intelligence: Option<Intelligence>,
}

impl TokenInfo {
    /// A user token issued now for a day, with nothing else set, for tests.
    pub fn new(
        id: impl Into<String>,
        identity: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        let now = Timestamp::now();
        Self {
            id: id.into(),
            kind: TokenType::User,
            identity: identity.into(),
            email: email.into(),
            life: 86_400,
            expire: now
                .checked_add(std::time::Duration::from_secs(86_400))
                .unwrap_or(now),
            created_at: now,
            profile: BTreeMap::new(),
            scopes: Vec::new(),
            audience: None,
            client_id: None,
            enabled: None,
            claims: Map::new(),
            intelligence: None,
        }
    }
}

/// What Pangea's intelligence services found about a login.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Intelligence {
    /// Whether the login came from an embargoed country.
    pub embargo: Option<bool>,
    /// Whether the user's credentials were found in a breach.
    pub user_intel: Option<bool>,
    /// What is known about the login's IP address.
    pub ip_intel: Option<IpIntelligence>,
    /// What is known about the domain of the user's email address.
    pub domain_intel: Option<DomainIntelligence>,
}

/// What is known about a login's IP address.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct IpIntelligence {
    /// Whether the address is known to be malicious.
    pub is_bad: Option<bool>,
    /// Whether the address belongs to a proxy.
    pub is_proxy: Option<bool>,
    /// Whether the address belongs to a VPN.
    pub is_vpn: Option<bool>,
    /// Where the address is.
    pub geolocation: Option<Geolocation>,
    /// The address's reputation.
    pub reputation: Option<Reputation>,
}

/// What is known about the domain of a user's email address.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DomainIntelligence {
    /// Whether the domain is known to be malicious.
    pub is_bad: Option<bool>,
    /// The domain's reputation.
    pub reputation: Option<Reputation>,
}

/// Where an IP address is.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Geolocation {
    /// The city name.
    pub city: Option<String>,
    /// The country name.
    pub country: Option<String>,
    /// The country code.
    pub country_code: Option<String>,
    /// The postal code.
    pub postal_code: Option<String>,
    /// The latitude.
    pub latitude: Option<f64>,
    /// The longitude.
    pub longitude: Option<f64>,
}

/// The reputation of an indicator.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Reputation {
    /// Pangea's verdict.
    pub verdict: Option<Verdict>,
    /// The reputation score.
    pub score: Option<i64>,
    /// The categories the indicator falls in.
    pub category: Vec<String>,
}

open_enum! {
    /// Pangea's verdict on an indicator.
    pub enum Verdict {
        /// `malicious`
        Malicious = "malicious",
        /// `suspicious`
        Suspicious = "suspicious",
        /// `unknown`
        Unknown = "unknown",
        /// `benign`
        Benign = "benign",
    }
    parse_known = Verdict::known;
}

/// Ascending or descending order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemOrder {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
}
