// Generated from openapi/authn.yaml by `cargo xtask generate`; do not edit.
// Change the description or the generator settings in xtask/src/lib.rs, then regenerate.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///The result of an `Accepted` (HTTP 202) envelope.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AcceptedResult {
        ///Where to poll for the result.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<::std::string::String>,
        ///How many times the result has been polled.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub retry_counter: ::std::option::Option<i64>,
        ///How many minutes the result is kept once ready.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ttl_mins: ::std::option::Option<i64>,
    }
    impl AcceptedResult {
        pub fn builder() -> builder::AcceptedResult {
            Default::default()
        }
    }
    ///A way for a user to authenticate, such as a password or a passkey.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Authenticator {
        ///When the authenticator was enrolled.
        pub created_at: crate::Timestamp,
        ///Whether the authenticator can be used.
        pub enabled: bool,
        ///The user agent that enrolled the authenticator.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enrolling_browser: ::std::option::Option<::std::string::String>,
        ///The IP address that enrolled the authenticator.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enrolling_ip: ::std::option::Option<::std::string::String>,
        ///The authenticator's id (`pau_...`).
        pub id: ::std::string::String,
        ///The login phase the authenticator serves, such as `primary`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phase: ::std::option::Option<::std::string::String>,
        ///The identity provider, for social and SAML authenticators.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider: ::std::option::Option<::std::string::String>,
        ///The display name of the identity provider.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub provider_name: ::std::option::Option<::std::string::String>,
        ///The relying party id, for passkeys.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub rpid: ::std::option::Option<::std::string::String>,
        ///The authenticator's state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: AuthenticatorType,
        ///When the authenticator last changed.
        pub updated_at: crate::Timestamp,
    }
    impl Authenticator {
        pub fn builder() -> builder::Authenticator {
            Default::default()
        }
    }
    ///The body of `user/authenticators/delete`; the user is selected by exactly one of `id`, `email` or `username`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged, deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum AuthenticatorDeleteRequest {
        Id {
            authenticator_id: crate::strings::AuthenticatorId,
            id: crate::strings::Identity,
        },
        Email {
            authenticator_id: crate::strings::AuthenticatorId,
            email: crate::strings::Email,
        },
        Username {
            authenticator_id: crate::strings::AuthenticatorId,
            username: crate::strings::Username,
        },
    }
    ///A user's authenticators.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AuthenticatorList {
        ///The authenticators.
        pub authenticators: ::std::vec::Vec<Authenticator>,
    }
    impl AuthenticatorList {
        pub fn builder() -> builder::AuthenticatorList {
            Default::default()
        }
    }
    ///A successful envelope whose result is a user's authenticators.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct AuthenticatorListSuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        pub result: AuthenticatorList,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl AuthenticatorListSuccess {
        pub fn builder() -> builder::AuthenticatorListSuccess {
            Default::default()
        }
    }
    /**The kind of an authenticator. Known values are listed in `KnownAuthenticatorType`; any
other string is kept, for kinds Pangea adds later.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum AuthenticatorType {
        KnownAuthenticatorType(KnownAuthenticatorType),
        Other(::std::string::String),
    }
    impl ::std::convert::From<KnownAuthenticatorType> for AuthenticatorType {
        fn from(value: KnownAuthenticatorType) -> Self {
            Self::KnownAuthenticatorType(value)
        }
    }
    ///The body of `client/session/invalidate`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ClientSessionInvalidateRequest {
        pub session_id: crate::strings::TokenId,
        pub token: crate::strings::UserToken,
    }
    impl ClientSessionInvalidateRequest {
        pub fn builder() -> builder::ClientSessionInvalidateRequest {
            Default::default()
        }
    }
    /**A page of one user's sessions (`client/session/list`), without a count. Pangea's
description misspells `required` here (`requred`), so `sessions` is read as optional.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ClientSessionList {
        ///The cursor of the next page; absent on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last: ::std::option::Option<::std::string::String>,
        ///The sessions of this page.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub sessions: ::std::vec::Vec<Session>,
    }
    impl ClientSessionList {
        pub fn builder() -> builder::ClientSessionList {
            Default::default()
        }
    }
    /**The body of `client/session/list`: the user's active token, and the list fields of
`session/list` (Pangea's description adds `token` to the same list schema).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ClientSessionListRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filter: ::std::option::Option<SessionFilter>,
        ///The `last` value of the previous page, to get the page after it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<ItemOrder>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_by: ::std::option::Option<SessionOrderBy>,
        /**The largest number of sessions to return in one page. Pangea documents no maximum; 10,000
is ours, the most the emulator serves.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<::std::num::NonZeroU64>,
        pub token: crate::strings::UserToken,
    }
    impl ClientSessionListRequest {
        pub fn builder() -> builder::ClientSessionListRequest {
            Default::default()
        }
    }
    ///A successful envelope whose result is a page of one user's sessions.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ClientSessionListSuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        pub result: ClientSessionList,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl ClientSessionListSuccess {
        pub fn builder() -> builder::ClientSessionListSuccess {
            Default::default()
        }
    }
    ///The body of `client/session/logout`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ClientSessionLogoutRequest {
        pub token: crate::strings::UserToken,
    }
    impl ClientSessionLogoutRequest {
        pub fn builder() -> builder::ClientSessionLogoutRequest {
            Default::default()
        }
    }
    ///What is known about the domain of the user's email address.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct DomainIntelligence {
        ///Whether the domain is known to be malicious.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_bad: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reputation: ::std::option::Option<Reputation>,
    }
    impl DomainIntelligence {
        pub fn builder() -> builder::DomainIntelligence {
            Default::default()
        }
    }
    ///A successful envelope whose result is empty (`{}`, `null` or absent).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct EmptySuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        ///An empty object, or `null`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl EmptySuccess {
        pub fn builder() -> builder::EmptySuccess {
            Default::default()
        }
    }
    /**A Pangea response envelope with an untyped `result` and a non-`Success` status, reported
with HTTP 200 or 202 (such as `AuthenticationFailure`, `DisabledUser` or `Accepted`).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Envelope {
        ///The request's id (`prq_...`), for support and for polling.
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        ///The result, whatever its shape.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::serde_json::Value>,
        ///Why the call did not succeed, or `Accepted`: any status but `Success`, so that a successful answer is never also an `Envelope`.
        pub status: ::std::string::String,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl Envelope {
        pub fn builder() -> builder::Envelope {
            Default::default()
        }
    }
    ///What kind of problem a `FieldError` is; codes not listed in `KnownErrorCode` are kept.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ErrorCode {
        KnownErrorCode(KnownErrorCode),
        Other(::std::string::String),
    }
    impl ::std::convert::From<KnownErrorCode> for ErrorCode {
        fn from(value: KnownErrorCode) -> Self {
            Self::KnownErrorCode(value)
        }
    }
    ///The envelope of a call that failed with an HTTP error status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ErrorEnvelope {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        ///The details of the failure; `null` when the service gives none.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<ErrorResult>,
        ///Why the call failed, such as `ValidationError` or `Unauthorized`.
        pub status: ::std::string::String,
        ///A sentence about the failure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl ErrorEnvelope {
        pub fn builder() -> builder::ErrorEnvelope {
            Default::default()
        }
    }
    ///The details of a failure.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ErrorResult {
        ///One entry per problem found in the request.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub errors: ::std::vec::Vec<FieldError>,
    }
    impl ErrorResult {
        pub fn builder() -> builder::ErrorResult {
            Default::default()
        }
    }
    ///One problem found in the request.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct FieldError {
        pub code: ErrorCode,
        ///The problem, in words.
        pub detail: ::std::string::String,
        ///Where in the schema the rule that failed is, as a JSON pointer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub path: ::std::option::Option<::std::string::String>,
        ///Where in the request the problem is, as a JSON pointer (`/email`).
        pub source: ::std::string::String,
    }
    impl FieldError {
        pub fn builder() -> builder::FieldError {
            Default::default()
        }
    }
    ///Where an IP address is.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Geolocation {
        ///The city name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub city: ::std::option::Option<::std::string::String>,
        ///The country name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<::std::string::String>,
        ///The country code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country_code: ::std::option::Option<::std::string::String>,
        ///The latitude.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub latitude: ::std::option::Option<f64>,
        ///The longitude.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub longitude: ::std::option::Option<f64>,
        ///The postal code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postal_code: ::std::option::Option<::std::string::String>,
    }
    impl Geolocation {
        pub fn builder() -> builder::Geolocation {
            Default::default()
        }
    }
    ///What Pangea's intelligence services found about the login.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Intelligence {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub domain_intel: ::std::option::Option<DomainIntelligence>,
        ///Whether the login came from an embargoed country.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub embargo: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip_intel: ::std::option::Option<IpIntelligence>,
        ///Whether the user's credentials were found in a breach.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_intel: ::std::option::Option<bool>,
    }
    impl Intelligence {
        pub fn builder() -> builder::Intelligence {
            Default::default()
        }
    }
    ///A pending invitation. Pangea's description makes every field optional.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Invite {
        ///The login callback it leads to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback: ::std::option::Option<::std::string::String>,
        ///When it was sent.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///The email address it was sent to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///When it expires.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expire: ::std::option::Option<crate::Timestamp>,
        ///The invitation's id (`pmi_...`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The organisation it is from.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invite_org: ::std::option::Option<::std::string::String>,
        ///The email address of whoever sent it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inviter: ::std::option::Option<::std::string::String>,
        ///Whether the user must authenticate with MFA.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub require_mfa: ::std::option::Option<bool>,
        ///The state handed back to the callback.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    impl Invite {
        pub fn builder() -> builder::Invite {
            Default::default()
        }
    }
    ///The body of `user/invite/delete`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct InviteDeleteRequest {
        pub id: crate::strings::InviteId,
    }
    impl InviteDeleteRequest {
        pub fn builder() -> builder::InviteDeleteRequest {
            Default::default()
        }
    }
    /**Conditions that listed invitations must all meet, with the same forms as `UserFilter`
(`x`, `x__contains`, `x__in`, and `__gt`, `__gte`, `__lt`, `__lte` on dates).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct InviteFilter {
        ///Only invitations whose callback equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub callback: ::std::option::Option<::std::string::String>,
        ///Only invitations whose callback includes each of these substrings.
        #[serde(
            rename = "callback__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub callback_contains: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose callback is one of these values.
        #[serde(
            rename = "callback__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub callback_in: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose created_at is this time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Only invitations whose created_at is after this time.
        #[serde(
            rename = "created_at__gt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_gt: ::std::option::Option<crate::Timestamp>,
        ///Only invitations whose created_at is at or after this time.
        #[serde(
            rename = "created_at__gte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_gte: ::std::option::Option<crate::Timestamp>,
        ///Only invitations whose created_at is before this time.
        #[serde(
            rename = "created_at__lt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_lt: ::std::option::Option<crate::Timestamp>,
        ///Only invitations whose created_at is at or before this time.
        #[serde(
            rename = "created_at__lte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_lte: ::std::option::Option<crate::Timestamp>,
        ///Only invitations whose email equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Only invitations whose email includes each of these substrings.
        #[serde(
            rename = "email__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub email_contains: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose email is one of these values.
        #[serde(
            rename = "email__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub email_in: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose expire is this time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expire: ::std::option::Option<crate::Timestamp>,
        ///Only invitations whose expire is after this time.
        #[serde(
            rename = "expire__gt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_gt: ::std::option::Option<crate::Timestamp>,
        ///Only invitations whose expire is at or after this time.
        #[serde(
            rename = "expire__gte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_gte: ::std::option::Option<crate::Timestamp>,
        ///Only invitations whose expire is before this time.
        #[serde(
            rename = "expire__lt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_lt: ::std::option::Option<crate::Timestamp>,
        ///Only invitations whose expire is at or before this time.
        #[serde(
            rename = "expire__lte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_lte: ::std::option::Option<crate::Timestamp>,
        ///Only invitations whose id equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Only invitations whose id includes each of these substrings.
        #[serde(
            rename = "id__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub id_contains: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose id is one of these values.
        #[serde(
            rename = "id__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub id_in: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose invite_org equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub invite_org: ::std::option::Option<::std::string::String>,
        ///Only invitations whose invite_org includes each of these substrings.
        #[serde(
            rename = "invite_org__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub invite_org_contains: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose invite_org is one of these values.
        #[serde(
            rename = "invite_org__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub invite_org_in: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose inviter equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub inviter: ::std::option::Option<::std::string::String>,
        ///Only invitations whose inviter includes each of these substrings.
        #[serde(
            rename = "inviter__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub inviter_contains: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose inviter is one of these values.
        #[serde(
            rename = "inviter__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub inviter_in: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose is_signup flag equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_signup: ::std::option::Option<bool>,
        ///Only invitations whose require_mfa flag equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub require_mfa: ::std::option::Option<bool>,
        ///Only invitations whose state equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        ///Only invitations whose state includes each of these substrings.
        #[serde(
            rename = "state__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub state_contains: ::std::vec::Vec<::std::string::String>,
        ///Only invitations whose state is one of these values.
        #[serde(
            rename = "state__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub state_in: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl InviteFilter {
        pub fn builder() -> builder::InviteFilter {
            Default::default()
        }
    }
    ///A page of pending invitations.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct InviteList {
        ///The number of invitations that match the request, over all pages.
        pub count: i64,
        ///The invitations of this page.
        pub invites: ::std::vec::Vec<Invite>,
        ///The cursor of the next page; absent on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last: ::std::option::Option<::std::string::String>,
    }
    impl InviteList {
        pub fn builder() -> builder::InviteList {
            Default::default()
        }
    }
    ///The body of `user/invite/list`. Every field is optional; `{}` lists the first page of all pending invitations.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct InviteListRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filter: ::std::option::Option<InviteFilter>,
        ///The `last` value of the previous page, to get the page after it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<ItemOrder>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_by: ::std::option::Option<InviteOrderBy>,
        /**The largest number of invitations to return in one page. Pangea documents no maximum; 10,000
is ours, the most the emulator serves.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<::std::num::NonZeroU64>,
    }
    impl InviteListRequest {
        pub fn builder() -> builder::InviteListRequest {
            Default::default()
        }
    }
    ///A successful envelope whose result is a page of invitations.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct InviteListSuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        pub result: InviteList,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl InviteListSuccess {
        pub fn builder() -> builder::InviteListSuccess {
            Default::default()
        }
    }
    /**The field that orders an invitation list. Known values are listed in
`KnownInviteOrderBy`; any other string is passed through, for values Pangea adds later.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum InviteOrderBy {
        KnownInviteOrderBy(KnownInviteOrderBy),
        Other(::std::string::String),
    }
    impl ::std::convert::From<KnownInviteOrderBy> for InviteOrderBy {
        fn from(value: KnownInviteOrderBy) -> Self {
            Self::KnownInviteOrderBy(value)
        }
    }
    ///The body of `user/invite`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct InviteRequest {
        pub callback: crate::strings::Callback,
        ///The service account the invitation is for, or `null`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<crate::strings::ServiceAccountId>,
        pub email: crate::strings::Email,
        pub inviter: crate::strings::Email,
        pub state: crate::strings::CallbackState,
    }
    impl InviteRequest {
        pub fn builder() -> builder::InviteRequest {
            Default::default()
        }
    }
    ///A successful envelope whose result is an invitation.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct InviteSuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        pub result: Invite,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl InviteSuccess {
        pub fn builder() -> builder::InviteSuccess {
            Default::default()
        }
    }
    ///What is known about the login's IP address.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct IpIntelligence {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub geolocation: ::std::option::Option<Geolocation>,
        ///Whether the address is known to be malicious.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_bad: ::std::option::Option<bool>,
        ///Whether the address belongs to a proxy.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_proxy: ::std::option::Option<bool>,
        ///Whether the address belongs to a VPN.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub is_vpn: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reputation: ::std::option::Option<Reputation>,
    }
    impl IpIntelligence {
        pub fn builder() -> builder::IpIntelligence {
            Default::default()
        }
    }
    ///Ascending or descending order.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ItemOrder {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ::std::fmt::Display for ItemOrder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("asc"),
                Self::Desc => f.write_str("desc"),
            }
        }
    }
    impl ::std::str::FromStr for ItemOrder {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "asc" => Ok(Self::Asc),
                "desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ItemOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ItemOrder {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A JSON Web Key Set: the public keys that sign the project's JWT tokens.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Jwks {
        ///The keys, each a JSON Web Key (`kid`, `kty`, `alg`, `crv`, `x`, `y`...).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub keys: ::std::vec::Vec<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }
    impl Jwks {
        pub fn builder() -> builder::Jwks {
            Default::default()
        }
    }
    ///The body of `client/jwks`: `{}`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct JwksRequest {}
    impl JwksRequest {
        pub fn builder() -> builder::JwksRequest {
            Default::default()
        }
    }
    ///A successful envelope whose result is a JSON Web Key Set.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct JwksSuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        pub result: Jwks,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl JwksSuccess {
        pub fn builder() -> builder::JwksSuccess {
            Default::default()
        }
    }
    ///The kinds of authenticator the service documents.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum KnownAuthenticatorType {
        #[serde(rename = "email_otp")]
        EmailOtp,
        #[serde(rename = "magiclink")]
        Magiclink,
        #[serde(rename = "password")]
        Password,
        #[serde(rename = "passkey")]
        Passkey,
        #[serde(rename = "sms_otp")]
        SmsOtp,
        #[serde(rename = "social")]
        Social,
        #[serde(rename = "saml")]
        Saml,
        #[serde(rename = "totp")]
        Totp,
    }
    impl ::std::fmt::Display for KnownAuthenticatorType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EmailOtp => f.write_str("email_otp"),
                Self::Magiclink => f.write_str("magiclink"),
                Self::Password => f.write_str("password"),
                Self::Passkey => f.write_str("passkey"),
                Self::SmsOtp => f.write_str("sms_otp"),
                Self::Social => f.write_str("social"),
                Self::Saml => f.write_str("saml"),
                Self::Totp => f.write_str("totp"),
            }
        }
    }
    impl ::std::str::FromStr for KnownAuthenticatorType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "email_otp" => Ok(Self::EmailOtp),
                "magiclink" => Ok(Self::Magiclink),
                "password" => Ok(Self::Password),
                "passkey" => Ok(Self::Passkey),
                "sms_otp" => Ok(Self::SmsOtp),
                "social" => Ok(Self::Social),
                "saml" => Ok(Self::Saml),
                "totp" => Ok(Self::Totp),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for KnownAuthenticatorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KnownAuthenticatorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The validation error codes the service documents.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum KnownErrorCode {
        FieldRequired,
        InvalidString,
        InvalidNumber,
        InvalidInteger,
        InvalidObject,
        InvalidArray,
        InvalidNull,
        InvalidBool,
        BadFormat,
        BadFormatPangeaDuration,
        BadFormatDateTime,
        BadFormatTime,
        BadFormatDate,
        BadFormatEmail,
        BadFormatHostname,
        BadFormatIPv4,
        BadFormatIPv6,
        #[serde(rename = "BadFormatIPAddress")]
        BadFormatIpAddress,
        #[serde(rename = "BadFormatUUID")]
        BadFormatUuid,
        #[serde(rename = "BadFormatURI")]
        BadFormatUri,
        #[serde(rename = "BadFormatURIReference")]
        BadFormatUriReference,
        #[serde(rename = "BadFormatIRI")]
        BadFormatIri,
        #[serde(rename = "BadFormatIRIReference")]
        BadFormatIriReference,
        #[serde(rename = "BadFormatJSONPointer")]
        BadFormatJsonPointer,
        #[serde(rename = "BadFormatRelativeJSONPointer")]
        BadFormatRelativeJsonPointer,
        BadFormatRegex,
        #[serde(rename = "BadFormatJSONPath")]
        BadFormatJsonPath,
        BadFormatBase64,
        DoesNotMatchPattern,
        DoesNotMatchPatternProperties,
        NotEnumMember,
        AboveMaxLength,
        BelowMinLength,
        AboveMaxItems,
        BelowMinItems,
        NotMultipleOf,
        NotWithinRange,
        UnexpectedProperty,
        InvalidPropertyName,
        AboveMaxProperties,
        BelowMinProperties,
        NotContains,
        ContainsTooMany,
        ContainsTooFew,
        ItemNotUnique,
        UnexpectedAdditionalItem,
        InvalidConst,
        IsDependentOn,
        IsTooBig,
        IsTooSmall,
        ShouldNotBeValid,
        NoUnevaluatedItems,
        NoUnevaluatedProperties,
        DoesNotExist,
        IsReadOnly,
        CannotAddToDefault,
        MustProvideOne,
        MutuallyExclusive,
        BadState,
        #[serde(rename = "InaccessibleURI")]
        InaccessibleUri,
        ProviderDisabled,
        ConfigProjectMismatch,
        ConfigServiceMismatch,
        ConfigNotExist,
    }
    impl ::std::fmt::Display for KnownErrorCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FieldRequired => f.write_str("FieldRequired"),
                Self::InvalidString => f.write_str("InvalidString"),
                Self::InvalidNumber => f.write_str("InvalidNumber"),
                Self::InvalidInteger => f.write_str("InvalidInteger"),
                Self::InvalidObject => f.write_str("InvalidObject"),
                Self::InvalidArray => f.write_str("InvalidArray"),
                Self::InvalidNull => f.write_str("InvalidNull"),
                Self::InvalidBool => f.write_str("InvalidBool"),
                Self::BadFormat => f.write_str("BadFormat"),
                Self::BadFormatPangeaDuration => f.write_str("BadFormatPangeaDuration"),
                Self::BadFormatDateTime => f.write_str("BadFormatDateTime"),
                Self::BadFormatTime => f.write_str("BadFormatTime"),
                Self::BadFormatDate => f.write_str("BadFormatDate"),
                Self::BadFormatEmail => f.write_str("BadFormatEmail"),
                Self::BadFormatHostname => f.write_str("BadFormatHostname"),
                Self::BadFormatIPv4 => f.write_str("BadFormatIPv4"),
                Self::BadFormatIPv6 => f.write_str("BadFormatIPv6"),
                Self::BadFormatIpAddress => f.write_str("BadFormatIPAddress"),
                Self::BadFormatUuid => f.write_str("BadFormatUUID"),
                Self::BadFormatUri => f.write_str("BadFormatURI"),
                Self::BadFormatUriReference => f.write_str("BadFormatURIReference"),
                Self::BadFormatIri => f.write_str("BadFormatIRI"),
                Self::BadFormatIriReference => f.write_str("BadFormatIRIReference"),
                Self::BadFormatJsonPointer => f.write_str("BadFormatJSONPointer"),
                Self::BadFormatRelativeJsonPointer => {
                    f.write_str("BadFormatRelativeJSONPointer")
                }
                Self::BadFormatRegex => f.write_str("BadFormatRegex"),
                Self::BadFormatJsonPath => f.write_str("BadFormatJSONPath"),
                Self::BadFormatBase64 => f.write_str("BadFormatBase64"),
                Self::DoesNotMatchPattern => f.write_str("DoesNotMatchPattern"),
                Self::DoesNotMatchPatternProperties => {
                    f.write_str("DoesNotMatchPatternProperties")
                }
                Self::NotEnumMember => f.write_str("NotEnumMember"),
                Self::AboveMaxLength => f.write_str("AboveMaxLength"),
                Self::BelowMinLength => f.write_str("BelowMinLength"),
                Self::AboveMaxItems => f.write_str("AboveMaxItems"),
                Self::BelowMinItems => f.write_str("BelowMinItems"),
                Self::NotMultipleOf => f.write_str("NotMultipleOf"),
                Self::NotWithinRange => f.write_str("NotWithinRange"),
                Self::UnexpectedProperty => f.write_str("UnexpectedProperty"),
                Self::InvalidPropertyName => f.write_str("InvalidPropertyName"),
                Self::AboveMaxProperties => f.write_str("AboveMaxProperties"),
                Self::BelowMinProperties => f.write_str("BelowMinProperties"),
                Self::NotContains => f.write_str("NotContains"),
                Self::ContainsTooMany => f.write_str("ContainsTooMany"),
                Self::ContainsTooFew => f.write_str("ContainsTooFew"),
                Self::ItemNotUnique => f.write_str("ItemNotUnique"),
                Self::UnexpectedAdditionalItem => f.write_str("UnexpectedAdditionalItem"),
                Self::InvalidConst => f.write_str("InvalidConst"),
                Self::IsDependentOn => f.write_str("IsDependentOn"),
                Self::IsTooBig => f.write_str("IsTooBig"),
                Self::IsTooSmall => f.write_str("IsTooSmall"),
                Self::ShouldNotBeValid => f.write_str("ShouldNotBeValid"),
                Self::NoUnevaluatedItems => f.write_str("NoUnevaluatedItems"),
                Self::NoUnevaluatedProperties => f.write_str("NoUnevaluatedProperties"),
                Self::DoesNotExist => f.write_str("DoesNotExist"),
                Self::IsReadOnly => f.write_str("IsReadOnly"),
                Self::CannotAddToDefault => f.write_str("CannotAddToDefault"),
                Self::MustProvideOne => f.write_str("MustProvideOne"),
                Self::MutuallyExclusive => f.write_str("MutuallyExclusive"),
                Self::BadState => f.write_str("BadState"),
                Self::InaccessibleUri => f.write_str("InaccessibleURI"),
                Self::ProviderDisabled => f.write_str("ProviderDisabled"),
                Self::ConfigProjectMismatch => f.write_str("ConfigProjectMismatch"),
                Self::ConfigServiceMismatch => f.write_str("ConfigServiceMismatch"),
                Self::ConfigNotExist => f.write_str("ConfigNotExist"),
            }
        }
    }
    impl ::std::str::FromStr for KnownErrorCode {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "FieldRequired" => Ok(Self::FieldRequired),
                "InvalidString" => Ok(Self::InvalidString),
                "InvalidNumber" => Ok(Self::InvalidNumber),
                "InvalidInteger" => Ok(Self::InvalidInteger),
                "InvalidObject" => Ok(Self::InvalidObject),
                "InvalidArray" => Ok(Self::InvalidArray),
                "InvalidNull" => Ok(Self::InvalidNull),
                "InvalidBool" => Ok(Self::InvalidBool),
                "BadFormat" => Ok(Self::BadFormat),
                "BadFormatPangeaDuration" => Ok(Self::BadFormatPangeaDuration),
                "BadFormatDateTime" => Ok(Self::BadFormatDateTime),
                "BadFormatTime" => Ok(Self::BadFormatTime),
                "BadFormatDate" => Ok(Self::BadFormatDate),
                "BadFormatEmail" => Ok(Self::BadFormatEmail),
                "BadFormatHostname" => Ok(Self::BadFormatHostname),
                "BadFormatIPv4" => Ok(Self::BadFormatIPv4),
                "BadFormatIPv6" => Ok(Self::BadFormatIPv6),
                "BadFormatIPAddress" => Ok(Self::BadFormatIpAddress),
                "BadFormatUUID" => Ok(Self::BadFormatUuid),
                "BadFormatURI" => Ok(Self::BadFormatUri),
                "BadFormatURIReference" => Ok(Self::BadFormatUriReference),
                "BadFormatIRI" => Ok(Self::BadFormatIri),
                "BadFormatIRIReference" => Ok(Self::BadFormatIriReference),
                "BadFormatJSONPointer" => Ok(Self::BadFormatJsonPointer),
                "BadFormatRelativeJSONPointer" => Ok(Self::BadFormatRelativeJsonPointer),
                "BadFormatRegex" => Ok(Self::BadFormatRegex),
                "BadFormatJSONPath" => Ok(Self::BadFormatJsonPath),
                "BadFormatBase64" => Ok(Self::BadFormatBase64),
                "DoesNotMatchPattern" => Ok(Self::DoesNotMatchPattern),
                "DoesNotMatchPatternProperties" => {
                    Ok(Self::DoesNotMatchPatternProperties)
                }
                "NotEnumMember" => Ok(Self::NotEnumMember),
                "AboveMaxLength" => Ok(Self::AboveMaxLength),
                "BelowMinLength" => Ok(Self::BelowMinLength),
                "AboveMaxItems" => Ok(Self::AboveMaxItems),
                "BelowMinItems" => Ok(Self::BelowMinItems),
                "NotMultipleOf" => Ok(Self::NotMultipleOf),
                "NotWithinRange" => Ok(Self::NotWithinRange),
                "UnexpectedProperty" => Ok(Self::UnexpectedProperty),
                "InvalidPropertyName" => Ok(Self::InvalidPropertyName),
                "AboveMaxProperties" => Ok(Self::AboveMaxProperties),
                "BelowMinProperties" => Ok(Self::BelowMinProperties),
                "NotContains" => Ok(Self::NotContains),
                "ContainsTooMany" => Ok(Self::ContainsTooMany),
                "ContainsTooFew" => Ok(Self::ContainsTooFew),
                "ItemNotUnique" => Ok(Self::ItemNotUnique),
                "UnexpectedAdditionalItem" => Ok(Self::UnexpectedAdditionalItem),
                "InvalidConst" => Ok(Self::InvalidConst),
                "IsDependentOn" => Ok(Self::IsDependentOn),
                "IsTooBig" => Ok(Self::IsTooBig),
                "IsTooSmall" => Ok(Self::IsTooSmall),
                "ShouldNotBeValid" => Ok(Self::ShouldNotBeValid),
                "NoUnevaluatedItems" => Ok(Self::NoUnevaluatedItems),
                "NoUnevaluatedProperties" => Ok(Self::NoUnevaluatedProperties),
                "DoesNotExist" => Ok(Self::DoesNotExist),
                "IsReadOnly" => Ok(Self::IsReadOnly),
                "CannotAddToDefault" => Ok(Self::CannotAddToDefault),
                "MustProvideOne" => Ok(Self::MustProvideOne),
                "MutuallyExclusive" => Ok(Self::MutuallyExclusive),
                "BadState" => Ok(Self::BadState),
                "InaccessibleURI" => Ok(Self::InaccessibleUri),
                "ProviderDisabled" => Ok(Self::ProviderDisabled),
                "ConfigProjectMismatch" => Ok(Self::ConfigProjectMismatch),
                "ConfigServiceMismatch" => Ok(Self::ConfigServiceMismatch),
                "ConfigNotExist" => Ok(Self::ConfigNotExist),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for KnownErrorCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KnownErrorCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The fields that the service orders an invitation list by.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum KnownInviteOrderBy {
        #[serde(rename = "id")]
        Id,
        #[serde(rename = "created_at")]
        CreatedAt,
        #[serde(rename = "type")]
        Type,
        #[serde(rename = "expire")]
        Expire,
        #[serde(rename = "callback")]
        Callback,
        #[serde(rename = "state")]
        State,
        #[serde(rename = "email")]
        Email,
        #[serde(rename = "inviter")]
        Inviter,
        #[serde(rename = "invite_org")]
        InviteOrg,
    }
    impl ::std::fmt::Display for KnownInviteOrderBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Id => f.write_str("id"),
                Self::CreatedAt => f.write_str("created_at"),
                Self::Type => f.write_str("type"),
                Self::Expire => f.write_str("expire"),
                Self::Callback => f.write_str("callback"),
                Self::State => f.write_str("state"),
                Self::Email => f.write_str("email"),
                Self::Inviter => f.write_str("inviter"),
                Self::InviteOrg => f.write_str("invite_org"),
            }
        }
    }
    impl ::std::str::FromStr for KnownInviteOrderBy {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "id" => Ok(Self::Id),
                "created_at" => Ok(Self::CreatedAt),
                "type" => Ok(Self::Type),
                "expire" => Ok(Self::Expire),
                "callback" => Ok(Self::Callback),
                "state" => Ok(Self::State),
                "email" => Ok(Self::Email),
                "inviter" => Ok(Self::Inviter),
                "invite_org" => Ok(Self::InviteOrg),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for KnownInviteOrderBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KnownInviteOrderBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The fields that the service orders a session list by.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum KnownSessionOrderBy {
        #[serde(rename = "id")]
        Id,
        #[serde(rename = "created_at")]
        CreatedAt,
        #[serde(rename = "type")]
        Type,
        #[serde(rename = "identity")]
        Identity,
        #[serde(rename = "email")]
        Email,
        #[serde(rename = "expire")]
        Expire,
        #[serde(rename = "active_token_id")]
        ActiveTokenId,
    }
    impl ::std::fmt::Display for KnownSessionOrderBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Id => f.write_str("id"),
                Self::CreatedAt => f.write_str("created_at"),
                Self::Type => f.write_str("type"),
                Self::Identity => f.write_str("identity"),
                Self::Email => f.write_str("email"),
                Self::Expire => f.write_str("expire"),
                Self::ActiveTokenId => f.write_str("active_token_id"),
            }
        }
    }
    impl ::std::str::FromStr for KnownSessionOrderBy {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "id" => Ok(Self::Id),
                "created_at" => Ok(Self::CreatedAt),
                "type" => Ok(Self::Type),
                "identity" => Ok(Self::Identity),
                "email" => Ok(Self::Email),
                "expire" => Ok(Self::Expire),
                "active_token_id" => Ok(Self::ActiveTokenId),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for KnownSessionOrderBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KnownSessionOrderBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The kinds of token the service documents.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum KnownTokenType {
        #[serde(rename = "client")]
        Client,
        #[serde(rename = "service")]
        Service,
        #[serde(rename = "service_account")]
        ServiceAccount,
        #[serde(rename = "service_account_client")]
        ServiceAccountClient,
        #[serde(rename = "service_account_pangea")]
        ServiceAccountPangea,
        #[serde(rename = "session")]
        Session,
        #[serde(rename = "user")]
        User,
    }
    impl ::std::fmt::Display for KnownTokenType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Client => f.write_str("client"),
                Self::Service => f.write_str("service"),
                Self::ServiceAccount => f.write_str("service_account"),
                Self::ServiceAccountClient => f.write_str("service_account_client"),
                Self::ServiceAccountPangea => f.write_str("service_account_pangea"),
                Self::Session => f.write_str("session"),
                Self::User => f.write_str("user"),
            }
        }
    }
    impl ::std::str::FromStr for KnownTokenType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "client" => Ok(Self::Client),
                "service" => Ok(Self::Service),
                "service_account" => Ok(Self::ServiceAccount),
                "service_account_client" => Ok(Self::ServiceAccountClient),
                "service_account_pangea" => Ok(Self::ServiceAccountPangea),
                "session" => Ok(Self::Session),
                "user" => Ok(Self::User),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for KnownTokenType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KnownTokenType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The fields that the service orders a user list by.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum KnownUserOrderBy {
        #[serde(rename = "id")]
        Id,
        #[serde(rename = "created_at")]
        CreatedAt,
        #[serde(rename = "last_login_at")]
        LastLoginAt,
        #[serde(rename = "last_login_ip")]
        LastLoginIp,
        #[serde(rename = "login_count")]
        LoginCount,
        #[serde(rename = "email")]
        Email,
        #[serde(rename = "accepted_eula_id")]
        AcceptedEulaId,
        #[serde(rename = "accepted_privacy_policy_id")]
        AcceptedPrivacyPolicyId,
    }
    impl ::std::fmt::Display for KnownUserOrderBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Id => f.write_str("id"),
                Self::CreatedAt => f.write_str("created_at"),
                Self::LastLoginAt => f.write_str("last_login_at"),
                Self::LastLoginIp => f.write_str("last_login_ip"),
                Self::LoginCount => f.write_str("login_count"),
                Self::Email => f.write_str("email"),
                Self::AcceptedEulaId => f.write_str("accepted_eula_id"),
                Self::AcceptedPrivacyPolicyId => {
                    f.write_str("accepted_privacy_policy_id")
                }
            }
        }
    }
    impl ::std::str::FromStr for KnownUserOrderBy {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "id" => Ok(Self::Id),
                "created_at" => Ok(Self::CreatedAt),
                "last_login_at" => Ok(Self::LastLoginAt),
                "last_login_ip" => Ok(Self::LastLoginIp),
                "login_count" => Ok(Self::LoginCount),
                "email" => Ok(Self::Email),
                "accepted_eula_id" => Ok(Self::AcceptedEulaId),
                "accepted_privacy_policy_id" => Ok(Self::AcceptedPrivacyPolicyId),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for KnownUserOrderBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KnownUserOrderBy {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The verdicts the service documents.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum KnownVerdict {
        #[serde(rename = "malicious")]
        Malicious,
        #[serde(rename = "suspicious")]
        Suspicious,
        #[serde(rename = "unknown")]
        Unknown,
        #[serde(rename = "benign")]
        Benign,
    }
    impl ::std::fmt::Display for KnownVerdict {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Malicious => f.write_str("malicious"),
                Self::Suspicious => f.write_str("suspicious"),
                Self::Unknown => f.write_str("unknown"),
                Self::Benign => f.write_str("benign"),
            }
        }
    }
    impl ::std::str::FromStr for KnownVerdict {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "malicious" => Ok(Self::Malicious),
                "suspicious" => Ok(Self::Suspicious),
                "unknown" => Ok(Self::Unknown),
                "benign" => Ok(Self::Benign),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for KnownVerdict {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for KnownVerdict {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A token of a login session, and what it says about its user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct LoginToken {
        ///The audiences the token is meant for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub audience: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The claims carried by the token.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub claims: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The service account (`psa_...`) the token was issued to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///When the token was issued.
        pub created_at: crate::Timestamp,
        ///The email address of the token's user.
        pub email: ::std::string::String,
        ///Whether the token can be used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///When the token expires.
        pub expire: crate::Timestamp,
        ///The token's id (`pmt_...`).
        pub id: ::std::string::String,
        ///The id of the token's user (`pui_...`).
        pub identity: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub intelligence: ::std::option::Option<Intelligence>,
        ///The token's lifetime in seconds.
        pub life: i64,
        pub profile: Profile,
        ///The token's scopes.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        pub token: crate::strings::TokenValue,
        #[serde(rename = "type")]
        pub type_: TokenType,
    }
    impl LoginToken {
        pub fn builder() -> builder::LoginToken {
            Default::default()
        }
    }
    ///The body of `client/password/change`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PasswordChangeRequest {
        pub new_password: crate::strings::Password,
        pub old_password: crate::strings::Password,
        pub token: crate::strings::UserToken,
    }
    impl PasswordChangeRequest {
        pub fn builder() -> builder::PasswordChangeRequest {
            Default::default()
        }
    }
    ///The body of `user/password/expire`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PasswordExpireRequest {
        pub id: crate::strings::Identity,
    }
    impl PasswordExpireRequest {
        pub fn builder() -> builder::PasswordExpireRequest {
            Default::default()
        }
    }
    /**A phone number in E.164 format, such as `+18085550173`: a plus sign and 2 to 15 digits,
which single dashes or spaces may separate (Pangea's example is `+1-808-555-0173`).
Pangea's description names a custom format, `phone-E164-format`, that no standard tool
knows; this pattern is our reading of it.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Phone(pub ::std::string::String);
    impl ::std::ops::Deref for Phone {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Phone> for ::std::string::String {
        fn from(value: Phone) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for Phone {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for Phone {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    /**The answer of `request/{requestId}`: the envelope of the accepted call once it is
finished (any status, `Success` included, with that call's result), or `Accepted`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct PollEnvelope {
        ///The id of the accepted request (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        ///The result, whatever its shape.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub result: ::std::option::Option<::serde_json::Value>,
        ///`Success`, `Accepted` while in progress, or why the call did not succeed.
        pub status: ::std::string::String,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl PollEnvelope {
        pub fn builder() -> builder::PollEnvelope {
            Default::default()
        }
    }
    ///A user profile, a map of string properties such as `first_name`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Profile(
        pub ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    );
    impl ::std::ops::Deref for Profile {
        type Target = ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::BTreeMap<
            ::std::string::String,
            ::std::string::String,
        > {
            &self.0
        }
    }
    impl ::std::convert::From<Profile>
    for ::std::collections::BTreeMap<::std::string::String, ::std::string::String> {
        fn from(value: Profile) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    > for Profile {
        fn from(
            value: ::std::collections::BTreeMap<
                ::std::string::String,
                ::std::string::String,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///Edits to a user profile. Each key maps to its new value, or to `null` to delete the key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(transparent)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct ProfileEdits(
        pub ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::option::Option<::std::string::String>,
        >,
    );
    impl ::std::ops::Deref for ProfileEdits {
        type Target = ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::option::Option<::std::string::String>,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::BTreeMap<
            ::std::string::String,
            ::std::option::Option<::std::string::String>,
        > {
            &self.0
        }
    }
    impl ::std::convert::From<ProfileEdits>
    for ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::option::Option<::std::string::String>,
    > {
        fn from(value: ProfileEdits) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::option::Option<::std::string::String>,
        >,
    > for ProfileEdits {
        fn from(
            value: ::std::collections::BTreeMap<
                ::std::string::String,
                ::std::option::Option<::std::string::String>,
            >,
        ) -> Self {
            Self(value)
        }
    }
    ///The body of `user/profile/update`; the user is selected by exactly one of `id`, `email` or `username`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged, deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum ProfileUpdateRequest {
        Id { id: crate::strings::Identity, profile: ProfileEdits },
        Email { email: crate::strings::Email, profile: ProfileEdits },
        Username { profile: ProfileEdits, username: crate::strings::Username },
    }
    ///A reputation verdict.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Reputation {
        ///The categories the indicator falls in.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub category: ::std::vec::Vec<::std::string::String>,
        ///The reputation score.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub score: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verdict: ::std::option::Option<Verdict>,
    }
    impl Reputation {
        pub fn builder() -> builder::Reputation {
            Default::default()
        }
    }
    ///A login session, without its tokens: its id is the id of its refresh token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Session {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_token: ::std::option::Option<TokenInfo>,
        ///When the token was issued.
        pub created_at: crate::Timestamp,
        ///The email address of the token's user.
        pub email: ::std::string::String,
        ///When the token expires.
        pub expire: crate::Timestamp,
        ///The token's id (`pmt_...`).
        pub id: ::std::string::String,
        ///The id of the token's user (`pui_...`).
        pub identity: ::std::string::String,
        ///The token's lifetime in seconds.
        pub life: i64,
        pub profile: Profile,
        ///The token's scopes.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: TokenType,
    }
    impl Session {
        pub fn builder() -> builder::Session {
            Default::default()
        }
    }
    /**Conditions that listed sessions must all meet, with the same forms as `UserFilter`
(`x`, `x__contains`, `x__in`, and `__gt`, `__gte`, `__lt`, `__lte` on dates), and the
`profile_<Name>`, `profile_<Name>__contains`, `profile_<Name>__exists` keys.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SessionFilter {
        ///Only sessions whose active_token_id equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_token_id: ::std::option::Option<::std::string::String>,
        ///Only sessions whose active_token_id includes each of these substrings.
        #[serde(
            rename = "active_token_id__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub active_token_id_contains: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose active_token_id is one of these values.
        #[serde(
            rename = "active_token_id__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub active_token_id_in: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose created_at is this time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Only sessions whose created_at is after this time.
        #[serde(
            rename = "created_at__gt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_gt: ::std::option::Option<crate::Timestamp>,
        ///Only sessions whose created_at is at or after this time.
        #[serde(
            rename = "created_at__gte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_gte: ::std::option::Option<crate::Timestamp>,
        ///Only sessions whose created_at is before this time.
        #[serde(
            rename = "created_at__lt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_lt: ::std::option::Option<crate::Timestamp>,
        ///Only sessions whose created_at is at or before this time.
        #[serde(
            rename = "created_at__lte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_lte: ::std::option::Option<crate::Timestamp>,
        ///Only sessions whose email equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Only sessions whose email includes each of these substrings.
        #[serde(
            rename = "email__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub email_contains: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose email is one of these values.
        #[serde(
            rename = "email__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub email_in: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose enabled flag equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///Only sessions whose expire is this time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expire: ::std::option::Option<crate::Timestamp>,
        ///Only sessions whose expire is after this time.
        #[serde(
            rename = "expire__gt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_gt: ::std::option::Option<crate::Timestamp>,
        ///Only sessions whose expire is at or after this time.
        #[serde(
            rename = "expire__gte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_gte: ::std::option::Option<crate::Timestamp>,
        ///Only sessions whose expire is before this time.
        #[serde(
            rename = "expire__lt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_lt: ::std::option::Option<crate::Timestamp>,
        ///Only sessions whose expire is at or before this time.
        #[serde(
            rename = "expire__lte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_lte: ::std::option::Option<crate::Timestamp>,
        ///Only sessions whose id equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Only sessions whose id includes each of these substrings.
        #[serde(
            rename = "id__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub id_contains: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose id is one of these values.
        #[serde(
            rename = "id__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub id_in: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose identity equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub identity: ::std::option::Option<::std::string::String>,
        ///Only sessions whose identity includes each of these substrings.
        #[serde(
            rename = "identity__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub identity_contains: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose identity is one of these values.
        #[serde(
            rename = "identity__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub identity_in: ::std::vec::Vec<::std::string::String>,
        ///Only sessions with exactly these scopes.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose type equals this value.
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Only sessions whose type includes each of these substrings.
        #[serde(
            rename = "type__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub type_contains: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose type is one of these values.
        #[serde(
            rename = "type__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub type_in: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose username equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        ///Only sessions whose username includes each of these substrings.
        #[serde(
            rename = "username__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub username_contains: ::std::vec::Vec<::std::string::String>,
        ///Only sessions whose username is one of these values.
        #[serde(
            rename = "username__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub username_in: ::std::vec::Vec<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SessionFilter {
        pub fn builder() -> builder::SessionFilter {
            Default::default()
        }
    }
    ///The body of `session/invalidate`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SessionInvalidateRequest {
        pub session_id: crate::strings::TokenId,
        ///Whether the user asked for it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_initiated: ::std::option::Option<bool>,
    }
    impl SessionInvalidateRequest {
        pub fn builder() -> builder::SessionInvalidateRequest {
            Default::default()
        }
    }
    ///A page of every user's sessions (`session/list`).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SessionList {
        ///The number of sessions that match the request, over all pages.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i64>,
        ///The cursor of the next page; absent on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last: ::std::option::Option<::std::string::String>,
        ///The sessions of this page.
        pub sessions: ::std::vec::Vec<Session>,
    }
    impl SessionList {
        pub fn builder() -> builder::SessionList {
            Default::default()
        }
    }
    /**The body of `session/list`. Every field is optional; `{}` lists the first page of all
sessions. Pangea's description leaves this body open (other keys are allowed), unlike
the other list bodies.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SessionListRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filter: ::std::option::Option<SessionFilter>,
        ///The `last` value of the previous page, to get the page after it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<ItemOrder>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_by: ::std::option::Option<SessionOrderBy>,
        /**The largest number of sessions to return in one page. Pangea documents no maximum; 10,000
is ours, the most the emulator serves.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<::std::num::NonZeroU64>,
    }
    impl SessionListRequest {
        pub fn builder() -> builder::SessionListRequest {
            Default::default()
        }
    }
    ///A successful envelope whose result is a page of sessions.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SessionListSuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        pub result: SessionList,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl SessionListSuccess {
        pub fn builder() -> builder::SessionListSuccess {
            Default::default()
        }
    }
    ///The body of `session/logout`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SessionLogoutRequest {
        pub user_id: crate::strings::Identity,
    }
    impl SessionLogoutRequest {
        pub fn builder() -> builder::SessionLogoutRequest {
            Default::default()
        }
    }
    /**The field that orders a session list. Known values are listed in `KnownSessionOrderBy`;
any other string is passed through, for values Pangea adds later.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SessionOrderBy {
        KnownSessionOrderBy(KnownSessionOrderBy),
        Other(::std::string::String),
    }
    impl ::std::fmt::Display for SessionOrderBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::KnownSessionOrderBy(x) => x.fmt(f),
                Self::Other(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<KnownSessionOrderBy> for SessionOrderBy {
        fn from(value: KnownSessionOrderBy) -> Self {
            Self::KnownSessionOrderBy(value)
        }
    }
    ///The body of `client/session/refresh`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct SessionRefreshRequest {
        pub refresh_token: crate::strings::RefreshToken,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user_token: ::std::option::Option<crate::strings::UserToken>,
    }
    impl SessionRefreshRequest {
        pub fn builder() -> builder::SessionRefreshRequest {
            Default::default()
        }
    }
    ///The `status` of a successful call.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum SuccessStatus {
        Success,
    }
    impl ::std::fmt::Display for SuccessStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Success => f.write_str("Success"),
            }
        }
    }
    impl ::std::str::FromStr for SuccessStatus {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Success" => Ok(Self::Success),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for SuccessStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for SuccessStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The body of `client/token/check`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct TokenCheckRequest {
        pub token: crate::strings::AnyToken,
    }
    impl TokenCheckRequest {
        pub fn builder() -> builder::TokenCheckRequest {
            Default::default()
        }
    }
    ///What the service knows about a token, without the token itself.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct TokenInfo {
        ///The audiences the token is meant for.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub audience: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        ///The claims carried by the token.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub claims: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The service account (`psa_...`) the token was issued to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub client_id: ::std::option::Option<::std::string::String>,
        ///When the token was issued.
        pub created_at: crate::Timestamp,
        ///The email address of the token's user.
        pub email: ::std::string::String,
        ///Whether the token can be used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///When the token expires.
        pub expire: crate::Timestamp,
        ///The token's id (`pmt_...`).
        pub id: ::std::string::String,
        ///The id of the token's user (`pui_...`).
        pub identity: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub intelligence: ::std::option::Option<Intelligence>,
        ///The token's lifetime in seconds.
        pub life: i64,
        pub profile: Profile,
        ///The token's scopes.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "type")]
        pub type_: TokenType,
    }
    impl TokenInfo {
        pub fn builder() -> builder::TokenInfo {
            Default::default()
        }
    }
    ///A successful envelope whose result is what the service knows about a token.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct TokenInfoSuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        pub result: TokenInfo,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl TokenInfoSuccess {
        pub fn builder() -> builder::TokenInfoSuccess {
            Default::default()
        }
    }
    /**The kind of a token. Known values are listed in `KnownTokenType`; any other string is
kept, for kinds Pangea adds later.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum TokenType {
        KnownTokenType(KnownTokenType),
        Other(::std::string::String),
    }
    impl ::std::fmt::Display for TokenType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::KnownTokenType(x) => x.fmt(f),
                Self::Other(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<KnownTokenType> for TokenType {
        fn from(value: KnownTokenType) -> Self {
            Self::KnownTokenType(value)
        }
    }
    ///A user, as every user call returns it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct User {
        ///The id (`peu_...`) of the end-user licence agreement the user accepted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accepted_eula_id: ::std::option::Option<::std::string::String>,
        ///The id (`peu_...`) of the privacy policy the user accepted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accepted_privacy_policy_id: ::std::option::Option<::std::string::String>,
        ///The user's authenticators, when the service includes them.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub authenticators: ::std::vec::Vec<Authenticator>,
        ///When the user was created.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Whether an administrator has disabled the user.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disabled: ::std::option::Option<bool>,
        ///The user's email address.
        pub email: ::std::string::String,
        ///The ids of the groups the user belongs to.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub groups: ::std::vec::Vec<::std::string::String>,
        ///The user's id (`pui_...`).
        pub id: ::std::string::String,
        ///When the user last logged in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_login_at: ::std::option::Option<crate::Timestamp>,
        ///The city of the user's last login.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_login_city: ::std::option::Option<::std::string::String>,
        ///The country of the user's last login.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_login_country: ::std::option::Option<::std::string::String>,
        ///The IP address of the user's last login.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_login_ip: ::std::option::Option<::std::string::String>,
        ///Whether the user is locked out after failed authentication attempts.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub locked_out: ::std::option::Option<bool>,
        ///How many times the user has logged in.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub login_count: ::std::option::Option<i64>,
        ///The user's phone number, in E.164 format.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone: ::std::option::Option<::std::string::String>,
        pub profile: Profile,
        ///The user's username, when the project uses usernames.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        ///Whether the user's email address has been verified.
        pub verified: bool,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///The body of `user/create`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UserCreateRequest {
        pub email: crate::strings::Email,
        pub profile: Profile,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<crate::strings::Username>,
    }
    impl UserCreateRequest {
        pub fn builder() -> builder::UserCreateRequest {
            Default::default()
        }
    }
    /**Conditions that listed users must all meet. `x` is equality, `x__contains` requires every
one of the substrings, `x__in` any one of the values, and `__gt`, `__gte`, `__lt`, `__lte`
compare dates and counts. Profile fields are filtered with the extra keys `profile_<Name>`
(equals a string), `profile_<Name>__contains` (contains one of the substrings) and `profile_<Name>__exists`
(a boolean), where `<Name>` is made of ASCII letters. The counts are 64-bit (`int64`,
ours: Pangea's description says only `integer`; a user's `login_count` is one).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UserFilter {
        ///Only users whose accepted_eula_id equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accepted_eula_id: ::std::option::Option<::std::string::String>,
        ///Only users whose accepted_eula_id includes each of these substrings.
        #[serde(
            rename = "accepted_eula_id__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub accepted_eula_id_contains: ::std::vec::Vec<::std::string::String>,
        ///Only users whose accepted_eula_id is one of these values.
        #[serde(
            rename = "accepted_eula_id__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub accepted_eula_id_in: ::std::vec::Vec<::std::string::String>,
        ///Only users whose accepted_privacy_policy_id equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub accepted_privacy_policy_id: ::std::option::Option<::std::string::String>,
        ///Only users whose accepted_privacy_policy_id includes each of these substrings.
        #[serde(
            rename = "accepted_privacy_policy_id__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub accepted_privacy_policy_id_contains: ::std::vec::Vec<::std::string::String>,
        ///Only users whose accepted_privacy_policy_id is one of these values.
        #[serde(
            rename = "accepted_privacy_policy_id__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub accepted_privacy_policy_id_in: ::std::vec::Vec<::std::string::String>,
        ///Only users created at this time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<crate::Timestamp>,
        ///Only users created after this time.
        #[serde(
            rename = "created_at__gt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_gt: ::std::option::Option<crate::Timestamp>,
        ///Only users created at or after this time.
        #[serde(
            rename = "created_at__gte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_gte: ::std::option::Option<crate::Timestamp>,
        ///Only users created before this time.
        #[serde(
            rename = "created_at__lt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_lt: ::std::option::Option<crate::Timestamp>,
        ///Only users created at or before this time.
        #[serde(
            rename = "created_at__lte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at_lte: ::std::option::Option<crate::Timestamp>,
        ///Only users whose disabled flag equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub disabled: ::std::option::Option<bool>,
        ///Only users with this email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///Only users whose email address includes each of these substrings.
        #[serde(
            rename = "email__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub email_contains: ::std::vec::Vec<::std::string::String>,
        ///Only users whose email address is one of these values.
        #[serde(
            rename = "email__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub email_in: ::std::vec::Vec<::std::string::String>,
        ///Only the user with this id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Only users whose id includes each of these substrings.
        #[serde(
            rename = "id__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub id_contains: ::std::vec::Vec<::std::string::String>,
        ///Only users whose id is one of these values.
        #[serde(
            rename = "id__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub id_in: ::std::vec::Vec<::std::string::String>,
        ///Only users who last logged in at this time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_login_at: ::std::option::Option<crate::Timestamp>,
        ///Only users who last logged in after this time.
        #[serde(
            rename = "last_login_at__gt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_login_at_gt: ::std::option::Option<crate::Timestamp>,
        ///Only users who last logged in at or after this time.
        #[serde(
            rename = "last_login_at__gte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_login_at_gte: ::std::option::Option<crate::Timestamp>,
        ///Only users who last logged in before this time.
        #[serde(
            rename = "last_login_at__lt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_login_at_lt: ::std::option::Option<crate::Timestamp>,
        ///Only users who last logged in at or before this time.
        #[serde(
            rename = "last_login_at__lte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_login_at_lte: ::std::option::Option<crate::Timestamp>,
        ///Only users who last logged in from this IP address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_login_ip: ::std::option::Option<::std::string::String>,
        ///Only users whose last login IP address includes each of these substrings.
        #[serde(
            rename = "last_login_ip__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub last_login_ip_contains: ::std::vec::Vec<::std::string::String>,
        ///Only users whose last login IP address is one of these values.
        #[serde(
            rename = "last_login_ip__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub last_login_ip_in: ::std::vec::Vec<::std::string::String>,
        ///Only users who logged in exactly this many times.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub login_count: ::std::option::Option<i64>,
        ///Only users who logged in more than this many times.
        #[serde(
            rename = "login_count__gt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub login_count_gt: ::std::option::Option<i64>,
        ///Only users who logged in at least this many times.
        #[serde(
            rename = "login_count__gte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub login_count_gte: ::std::option::Option<i64>,
        ///Only users who logged in fewer than this many times.
        #[serde(
            rename = "login_count__lt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub login_count_lt: ::std::option::Option<i64>,
        ///Only users who logged in at most this many times.
        #[serde(
            rename = "login_count__lte",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub login_count_lte: ::std::option::Option<i64>,
        ///Only users whose require_mfa flag equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub require_mfa: ::std::option::Option<bool>,
        ///Only users with exactly these scopes.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
        ///Only the user with this username.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub username: ::std::option::Option<::std::string::String>,
        ///Only users whose username includes each of these substrings.
        #[serde(
            rename = "username__contains",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub username_contains: ::std::vec::Vec<::std::string::String>,
        ///Only users whose username is one of these values.
        #[serde(
            rename = "username__in",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub username_in: ::std::vec::Vec<::std::string::String>,
        ///Only users whose verified flag equals this value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub verified: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl UserFilter {
        pub fn builder() -> builder::UserFilter {
            Default::default()
        }
    }
    ///One page of users.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UserList {
        ///The number of users that match the request, over all pages.
        pub count: i64,
        ///The cursor of the next page; absent on the last page.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last: ::std::option::Option<::std::string::String>,
        ///The users of this page.
        pub users: ::std::vec::Vec<User>,
    }
    impl UserList {
        pub fn builder() -> builder::UserList {
            Default::default()
        }
    }
    ///The body of `user/list`. Every field is optional; `{}` lists the first page of all users.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UserListRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub filter: ::std::option::Option<UserFilter>,
        ///The `last` value of the previous page, to get the page after it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order: ::std::option::Option<ItemOrder>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub order_by: ::std::option::Option<UserOrderBy>,
        /**The largest number of users to return in one page. Pangea documents no maximum; 10,000
is ours, the most the emulator serves.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub size: ::std::option::Option<::std::num::NonZeroU64>,
    }
    impl UserListRequest {
        pub fn builder() -> builder::UserListRequest {
            Default::default()
        }
    }
    ///A successful envelope whose result is a page of users.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UserListSuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        pub result: UserList,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl UserListSuccess {
        pub fn builder() -> builder::UserListSuccess {
            Default::default()
        }
    }
    /**The field that orders a user list. Known values are listed in `KnownUserOrderBy`; any
other string is passed through, for values Pangea adds later.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum UserOrderBy {
        KnownUserOrderBy(KnownUserOrderBy),
        Other(::std::string::String),
    }
    impl ::std::fmt::Display for UserOrderBy {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::KnownUserOrderBy(x) => x.fmt(f),
                Self::Other(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<KnownUserOrderBy> for UserOrderBy {
        fn from(value: KnownUserOrderBy) -> Self {
            Self::KnownUserOrderBy(value)
        }
    }
    ///Selects a user by exactly one of `id`, `email` or `username`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum UserSelector {
        #[serde(rename = "id")]
        Id(crate::strings::Identity),
        #[serde(rename = "email")]
        Email(crate::strings::Email),
        #[serde(rename = "username")]
        Username(crate::strings::Username),
    }
    impl ::std::convert::From<crate::strings::Identity> for UserSelector {
        fn from(value: crate::strings::Identity) -> Self {
            Self::Id(value)
        }
    }
    impl ::std::convert::From<crate::strings::Email> for UserSelector {
        fn from(value: crate::strings::Email) -> Self {
            Self::Email(value)
        }
    }
    impl ::std::convert::From<crate::strings::Username> for UserSelector {
        fn from(value: crate::strings::Username) -> Self {
            Self::Username(value)
        }
    }
    ///A successful envelope whose result is a user.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UserSuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        pub result: User,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl UserSuccess {
        pub fn builder() -> builder::UserSuccess {
            Default::default()
        }
    }
    ///The body of `user/update`; the user is selected by exactly one of `id`, `email` or `username`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged, deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum UserUpdateRequest {
        Id {
            ///New disabled value: a disabled user cannot log in.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            disabled: ::std::option::Option<bool>,
            id: crate::strings::Identity,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            phone: ::std::option::Option<Phone>,
            ///Unlock a user who was locked out after failed authentication attempts.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            unlock: ::std::option::Option<bool>,
        },
        Email {
            ///New disabled value: a disabled user cannot log in.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            disabled: ::std::option::Option<bool>,
            email: crate::strings::Email,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            phone: ::std::option::Option<Phone>,
            ///Unlock a user who was locked out after failed authentication attempts.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            unlock: ::std::option::Option<bool>,
        },
        Username {
            ///New disabled value: a disabled user cannot log in.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            disabled: ::std::option::Option<bool>,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            phone: ::std::option::Option<Phone>,
            ///Unlock a user who was locked out after failed authentication attempts.
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            unlock: ::std::option::Option<bool>,
            username: crate::strings::Username,
        },
    }
    ///The credentials of a login session.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct Userinfo {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub active_token: ::std::option::Option<LoginToken>,
        pub refresh_token: LoginToken,
    }
    impl Userinfo {
        pub fn builder() -> builder::Userinfo {
            Default::default()
        }
    }
    ///The body of `client/userinfo`.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UserinfoRequest {
        pub code: crate::strings::LoginCode,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub flow_id: ::std::option::Option<crate::strings::FlowId>,
    }
    impl UserinfoRequest {
        pub fn builder() -> builder::UserinfoRequest {
            Default::default()
        }
    }
    ///A successful envelope whose result is a login session's tokens.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub struct UserinfoSuccess {
        ///The request's id (`prq_...`).
        pub request_id: ::std::string::String,
        ///When the service received the request (ISO-8601).
        pub request_time: ::std::string::String,
        ///When the service answered (ISO-8601).
        pub response_time: ::std::string::String,
        pub result: Userinfo,
        pub status: SuccessStatus,
        ///A sentence about the outcome.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub summary: ::std::option::Option<::std::string::String>,
    }
    impl UserinfoSuccess {
        pub fn builder() -> builder::UserinfoSuccess {
            Default::default()
        }
    }
    ///Pangea's verdict on an indicator; values not listed in `KnownVerdict` are kept.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
    pub enum Verdict {
        KnownVerdict(KnownVerdict),
        Other(::std::string::String),
    }
    impl ::std::fmt::Display for Verdict {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::KnownVerdict(x) => x.fmt(f),
                Self::Other(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<KnownVerdict> for Verdict {
        fn from(value: KnownVerdict) -> Self {
            Self::KnownVerdict(value)
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AcceptedResult {
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            retry_counter: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            ttl_mins: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AcceptedResult {
            fn default() -> Self {
                Self {
                    location: Ok(Default::default()),
                    retry_counter: Ok(Default::default()),
                    ttl_mins: Ok(Default::default()),
                }
            }
        }
        impl AcceptedResult {
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
                    });
                self
            }
            pub fn retry_counter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.retry_counter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for retry_counter: {e}")
                    });
                self
            }
            pub fn ttl_mins<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ttl_mins = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ttl_mins: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AcceptedResult> for super::AcceptedResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AcceptedResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    location: value.location?,
                    retry_counter: value.retry_counter?,
                    ttl_mins: value.ttl_mins?,
                })
            }
        }
        impl ::std::convert::From<super::AcceptedResult> for AcceptedResult {
            fn from(value: super::AcceptedResult) -> Self {
                Self {
                    location: Ok(value.location),
                    retry_counter: Ok(value.retry_counter),
                    ttl_mins: Ok(value.ttl_mins),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Authenticator {
            created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            enabled: ::std::result::Result<bool, ::std::string::String>,
            enrolling_browser: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enrolling_ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            phase: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            provider: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            provider_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            rpid: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                super::AuthenticatorType,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
        }
        impl ::std::default::Default for Authenticator {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    enabled: Err("no value supplied for enabled".to_string()),
                    enrolling_browser: Ok(Default::default()),
                    enrolling_ip: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    phase: Ok(Default::default()),
                    provider: Ok(Default::default()),
                    provider_name: Ok(Default::default()),
                    rpid: Ok(Default::default()),
                    state: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl Authenticator {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn enrolling_browser<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.enrolling_browser = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for enrolling_browser: {e}"
                        )
                    });
                self
            }
            pub fn enrolling_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.enrolling_ip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enrolling_ip: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn phase<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phase = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phase: {e}")
                    });
                self
            }
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
            pub fn provider_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_name: {e}")
                    });
                self
            }
            pub fn rpid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.rpid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rpid: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AuthenticatorType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Authenticator> for super::Authenticator {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Authenticator,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    enabled: value.enabled?,
                    enrolling_browser: value.enrolling_browser?,
                    enrolling_ip: value.enrolling_ip?,
                    id: value.id?,
                    phase: value.phase?,
                    provider: value.provider?,
                    provider_name: value.provider_name?,
                    rpid: value.rpid?,
                    state: value.state?,
                    type_: value.type_?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::Authenticator> for Authenticator {
            fn from(value: super::Authenticator) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    enabled: Ok(value.enabled),
                    enrolling_browser: Ok(value.enrolling_browser),
                    enrolling_ip: Ok(value.enrolling_ip),
                    id: Ok(value.id),
                    phase: Ok(value.phase),
                    provider: Ok(value.provider),
                    provider_name: Ok(value.provider_name),
                    rpid: Ok(value.rpid),
                    state: Ok(value.state),
                    type_: Ok(value.type_),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AuthenticatorList {
            authenticators: ::std::result::Result<
                ::std::vec::Vec<super::Authenticator>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AuthenticatorList {
            fn default() -> Self {
                Self {
                    authenticators: Err(
                        "no value supplied for authenticators".to_string(),
                    ),
                }
            }
        }
        impl AuthenticatorList {
            pub fn authenticators<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Authenticator>>,
                T::Error: ::std::fmt::Display,
            {
                self.authenticators = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authenticators: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AuthenticatorList> for super::AuthenticatorList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuthenticatorList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    authenticators: value.authenticators?,
                })
            }
        }
        impl ::std::convert::From<super::AuthenticatorList> for AuthenticatorList {
            fn from(value: super::AuthenticatorList) -> Self {
                Self {
                    authenticators: Ok(value.authenticators),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AuthenticatorListSuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                super::AuthenticatorList,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AuthenticatorListSuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl AuthenticatorListSuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AuthenticatorList>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AuthenticatorListSuccess>
        for super::AuthenticatorListSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuthenticatorListSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::AuthenticatorListSuccess>
        for AuthenticatorListSuccess {
            fn from(value: super::AuthenticatorListSuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClientSessionInvalidateRequest {
            session_id: ::std::result::Result<
                crate::strings::TokenId,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                crate::strings::UserToken,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClientSessionInvalidateRequest {
            fn default() -> Self {
                Self {
                    session_id: Err("no value supplied for session_id".to_string()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl ClientSessionInvalidateRequest {
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::TokenId>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::UserToken>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClientSessionInvalidateRequest>
        for super::ClientSessionInvalidateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClientSessionInvalidateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    session_id: value.session_id?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::ClientSessionInvalidateRequest>
        for ClientSessionInvalidateRequest {
            fn from(value: super::ClientSessionInvalidateRequest) -> Self {
                Self {
                    session_id: Ok(value.session_id),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClientSessionList {
            last: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sessions: ::std::result::Result<
                ::std::vec::Vec<super::Session>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClientSessionList {
            fn default() -> Self {
                Self {
                    last: Ok(Default::default()),
                    sessions: Ok(Default::default()),
                }
            }
        }
        impl ClientSessionList {
            pub fn last<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last: {e}")
                    });
                self
            }
            pub fn sessions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Session>>,
                T::Error: ::std::fmt::Display,
            {
                self.sessions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sessions: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClientSessionList> for super::ClientSessionList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClientSessionList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    last: value.last?,
                    sessions: value.sessions?,
                })
            }
        }
        impl ::std::convert::From<super::ClientSessionList> for ClientSessionList {
            fn from(value: super::ClientSessionList) -> Self {
                Self {
                    last: Ok(value.last),
                    sessions: Ok(value.sessions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClientSessionListRequest {
            filter: ::std::result::Result<
                ::std::option::Option<super::SessionFilter>,
                ::std::string::String,
            >,
            last: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order: ::std::result::Result<
                ::std::option::Option<super::ItemOrder>,
                ::std::string::String,
            >,
            order_by: ::std::result::Result<
                ::std::option::Option<super::SessionOrderBy>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                crate::strings::UserToken,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClientSessionListRequest {
            fn default() -> Self {
                Self {
                    filter: Ok(Default::default()),
                    last: Ok(Default::default()),
                    order: Ok(Default::default()),
                    order_by: Ok(Default::default()),
                    size: Ok(Default::default()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl ClientSessionListRequest {
            pub fn filter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SessionFilter>>,
                T::Error: ::std::fmt::Display,
            {
                self.filter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filter: {e}")
                    });
                self
            }
            pub fn last<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last: {e}")
                    });
                self
            }
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ItemOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            pub fn order_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SessionOrderBy>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_by: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::UserToken>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClientSessionListRequest>
        for super::ClientSessionListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClientSessionListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    filter: value.filter?,
                    last: value.last?,
                    order: value.order?,
                    order_by: value.order_by?,
                    size: value.size?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::ClientSessionListRequest>
        for ClientSessionListRequest {
            fn from(value: super::ClientSessionListRequest) -> Self {
                Self {
                    filter: Ok(value.filter),
                    last: Ok(value.last),
                    order: Ok(value.order),
                    order_by: Ok(value.order_by),
                    size: Ok(value.size),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClientSessionListSuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                super::ClientSessionList,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClientSessionListSuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl ClientSessionListSuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ClientSessionList>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClientSessionListSuccess>
        for super::ClientSessionListSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClientSessionListSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::ClientSessionListSuccess>
        for ClientSessionListSuccess {
            fn from(value: super::ClientSessionListSuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ClientSessionLogoutRequest {
            token: ::std::result::Result<
                crate::strings::UserToken,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ClientSessionLogoutRequest {
            fn default() -> Self {
                Self {
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl ClientSessionLogoutRequest {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::UserToken>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ClientSessionLogoutRequest>
        for super::ClientSessionLogoutRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClientSessionLogoutRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { token: value.token? })
            }
        }
        impl ::std::convert::From<super::ClientSessionLogoutRequest>
        for ClientSessionLogoutRequest {
            fn from(value: super::ClientSessionLogoutRequest) -> Self {
                Self { token: Ok(value.token) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DomainIntelligence {
            is_bad: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            reputation: ::std::result::Result<
                ::std::option::Option<super::Reputation>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DomainIntelligence {
            fn default() -> Self {
                Self {
                    is_bad: Ok(Default::default()),
                    reputation: Ok(Default::default()),
                }
            }
        }
        impl DomainIntelligence {
            pub fn is_bad<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_bad = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_bad: {e}")
                    });
                self
            }
            pub fn reputation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Reputation>>,
                T::Error: ::std::fmt::Display,
            {
                self.reputation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reputation: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DomainIntelligence> for super::DomainIntelligence {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainIntelligence,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_bad: value.is_bad?,
                    reputation: value.reputation?,
                })
            }
        }
        impl ::std::convert::From<super::DomainIntelligence> for DomainIntelligence {
            fn from(value: super::DomainIntelligence) -> Self {
                Self {
                    is_bad: Ok(value.is_bad),
                    reputation: Ok(value.reputation),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmptySuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmptySuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl EmptySuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmptySuccess> for super::EmptySuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmptySuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::EmptySuccess> for EmptySuccess {
            fn from(value: super::EmptySuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Envelope {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Envelope {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl Envelope {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Envelope> for super::Envelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Envelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::Envelope> for Envelope {
            fn from(value: super::Envelope) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorEnvelope {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<super::ErrorResult>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorEnvelope {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl ErrorEnvelope {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ErrorResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorEnvelope> for super::ErrorEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorEnvelope> for ErrorEnvelope {
            fn from(value: super::ErrorEnvelope) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResult {
            errors: ::std::result::Result<
                ::std::vec::Vec<super::FieldError>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResult {
            fn default() -> Self {
                Self {
                    errors: Ok(Default::default()),
                }
            }
        }
        impl ErrorResult {
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FieldError>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResult> for super::ErrorResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { errors: value.errors? })
            }
        }
        impl ::std::convert::From<super::ErrorResult> for ErrorResult {
            fn from(value: super::ErrorResult) -> Self {
                Self { errors: Ok(value.errors) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldError {
            code: ::std::result::Result<super::ErrorCode, ::std::string::String>,
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            source: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for FieldError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    detail: Err("no value supplied for detail".to_string()),
                    path: Ok(Default::default()),
                    source: Err("no value supplied for source".to_string()),
                }
            }
        }
        impl FieldError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ErrorCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
            pub fn source<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.source = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for source: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldError> for super::FieldError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    detail: value.detail?,
                    path: value.path?,
                    source: value.source?,
                })
            }
        }
        impl ::std::convert::From<super::FieldError> for FieldError {
            fn from(value: super::FieldError) -> Self {
                Self {
                    code: Ok(value.code),
                    detail: Ok(value.detail),
                    path: Ok(value.path),
                    source: Ok(value.source),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Geolocation {
            city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            latitude: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            longitude: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            postal_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Geolocation {
            fn default() -> Self {
                Self {
                    city: Ok(Default::default()),
                    country: Ok(Default::default()),
                    country_code: Ok(Default::default()),
                    latitude: Ok(Default::default()),
                    longitude: Ok(Default::default()),
                    postal_code: Ok(Default::default()),
                }
            }
        }
        impl Geolocation {
            pub fn city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.city = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for city: {e}")
                    });
                self
            }
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn country_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.country_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country_code: {e}")
                    });
                self
            }
            pub fn latitude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.latitude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for latitude: {e}")
                    });
                self
            }
            pub fn longitude<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.longitude = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for longitude: {e}")
                    });
                self
            }
            pub fn postal_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.postal_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postal_code: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Geolocation> for super::Geolocation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Geolocation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    city: value.city?,
                    country: value.country?,
                    country_code: value.country_code?,
                    latitude: value.latitude?,
                    longitude: value.longitude?,
                    postal_code: value.postal_code?,
                })
            }
        }
        impl ::std::convert::From<super::Geolocation> for Geolocation {
            fn from(value: super::Geolocation) -> Self {
                Self {
                    city: Ok(value.city),
                    country: Ok(value.country),
                    country_code: Ok(value.country_code),
                    latitude: Ok(value.latitude),
                    longitude: Ok(value.longitude),
                    postal_code: Ok(value.postal_code),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Intelligence {
            domain_intel: ::std::result::Result<
                ::std::option::Option<super::DomainIntelligence>,
                ::std::string::String,
            >,
            embargo: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            ip_intel: ::std::result::Result<
                ::std::option::Option<super::IpIntelligence>,
                ::std::string::String,
            >,
            user_intel: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Intelligence {
            fn default() -> Self {
                Self {
                    domain_intel: Ok(Default::default()),
                    embargo: Ok(Default::default()),
                    ip_intel: Ok(Default::default()),
                    user_intel: Ok(Default::default()),
                }
            }
        }
        impl Intelligence {
            pub fn domain_intel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::DomainIntelligence>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.domain_intel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for domain_intel: {e}")
                    });
                self
            }
            pub fn embargo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.embargo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for embargo: {e}")
                    });
                self
            }
            pub fn ip_intel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IpIntelligence>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_intel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_intel: {e}")
                    });
                self
            }
            pub fn user_intel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_intel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_intel: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Intelligence> for super::Intelligence {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Intelligence,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain_intel: value.domain_intel?,
                    embargo: value.embargo?,
                    ip_intel: value.ip_intel?,
                    user_intel: value.user_intel?,
                })
            }
        }
        impl ::std::convert::From<super::Intelligence> for Intelligence {
            fn from(value: super::Intelligence) -> Self {
                Self {
                    domain_intel: Ok(value.domain_intel),
                    embargo: Ok(value.embargo),
                    ip_intel: Ok(value.ip_intel),
                    user_intel: Ok(value.user_intel),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Invite {
            callback: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expire: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invite_org: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inviter: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            require_mfa: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Invite {
            fn default() -> Self {
                Self {
                    callback: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    email: Ok(Default::default()),
                    expire: Ok(Default::default()),
                    id: Ok(Default::default()),
                    invite_org: Ok(Default::default()),
                    inviter: Ok(Default::default()),
                    require_mfa: Ok(Default::default()),
                    state: Ok(Default::default()),
                }
            }
        }
        impl Invite {
            pub fn callback<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn expire<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn invite_org<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invite_org = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invite_org: {e}")
                    });
                self
            }
            pub fn inviter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inviter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inviter: {e}")
                    });
                self
            }
            pub fn require_mfa<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.require_mfa = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for require_mfa: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Invite> for super::Invite {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Invite,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback: value.callback?,
                    created_at: value.created_at?,
                    email: value.email?,
                    expire: value.expire?,
                    id: value.id?,
                    invite_org: value.invite_org?,
                    inviter: value.inviter?,
                    require_mfa: value.require_mfa?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::Invite> for Invite {
            fn from(value: super::Invite) -> Self {
                Self {
                    callback: Ok(value.callback),
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    expire: Ok(value.expire),
                    id: Ok(value.id),
                    invite_org: Ok(value.invite_org),
                    inviter: Ok(value.inviter),
                    require_mfa: Ok(value.require_mfa),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InviteDeleteRequest {
            id: ::std::result::Result<crate::strings::InviteId, ::std::string::String>,
        }
        impl ::std::default::Default for InviteDeleteRequest {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl InviteDeleteRequest {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::InviteId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<InviteDeleteRequest>
        for super::InviteDeleteRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InviteDeleteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::InviteDeleteRequest> for InviteDeleteRequest {
            fn from(value: super::InviteDeleteRequest) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InviteFilter {
            callback: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            callback_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            callback_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_gt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_gte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_lt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_lte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            email_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            expire: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            expire_gt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            expire_gte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            expire_lt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            expire_lte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            id_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            invite_org: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            invite_org_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            invite_org_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            inviter: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            inviter_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            inviter_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            is_signup: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            require_mfa: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            state_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InviteFilter {
            fn default() -> Self {
                Self {
                    callback: Ok(Default::default()),
                    callback_contains: Ok(Default::default()),
                    callback_in: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    created_at_gt: Ok(Default::default()),
                    created_at_gte: Ok(Default::default()),
                    created_at_lt: Ok(Default::default()),
                    created_at_lte: Ok(Default::default()),
                    email: Ok(Default::default()),
                    email_contains: Ok(Default::default()),
                    email_in: Ok(Default::default()),
                    expire: Ok(Default::default()),
                    expire_gt: Ok(Default::default()),
                    expire_gte: Ok(Default::default()),
                    expire_lt: Ok(Default::default()),
                    expire_lte: Ok(Default::default()),
                    id: Ok(Default::default()),
                    id_contains: Ok(Default::default()),
                    id_in: Ok(Default::default()),
                    invite_org: Ok(Default::default()),
                    invite_org_contains: Ok(Default::default()),
                    invite_org_in: Ok(Default::default()),
                    inviter: Ok(Default::default()),
                    inviter_contains: Ok(Default::default()),
                    inviter_in: Ok(Default::default()),
                    is_signup: Ok(Default::default()),
                    require_mfa: Ok(Default::default()),
                    state: Ok(Default::default()),
                    state_contains: Ok(Default::default()),
                    state_in: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl InviteFilter {
            pub fn callback<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback: {e}")
                    });
                self
            }
            pub fn callback_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for callback_contains: {e}"
                        )
                    });
                self
            }
            pub fn callback_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_in: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn created_at_gt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_gt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at_gt: {e}")
                    });
                self
            }
            pub fn created_at_gte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_gte = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_at_gte: {e}"
                        )
                    });
                self
            }
            pub fn created_at_lt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_lt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at_lt: {e}")
                    });
                self
            }
            pub fn created_at_lte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_lte = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_at_lte: {e}"
                        )
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn email_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for email_contains: {e}"
                        )
                    });
                self
            }
            pub fn email_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email_in: {e}")
                    });
                self
            }
            pub fn expire<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire: {e}")
                    });
                self
            }
            pub fn expire_gt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_gt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_gt: {e}")
                    });
                self
            }
            pub fn expire_gte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_gte = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_gte: {e}")
                    });
                self
            }
            pub fn expire_lt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_lt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_lt: {e}")
                    });
                self
            }
            pub fn expire_lte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_lte = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_lte: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn id_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_contains: {e}")
                    });
                self
            }
            pub fn id_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_in: {e}")
                    });
                self
            }
            pub fn invite_org<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invite_org = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invite_org: {e}")
                    });
                self
            }
            pub fn invite_org_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invite_org_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invite_org_contains: {e}"
                        )
                    });
                self
            }
            pub fn invite_org_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.invite_org_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invite_org_in: {e}")
                    });
                self
            }
            pub fn inviter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inviter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inviter: {e}")
                    });
                self
            }
            pub fn inviter_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inviter_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for inviter_contains: {e}"
                        )
                    });
                self
            }
            pub fn inviter_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.inviter_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inviter_in: {e}")
                    });
                self
            }
            pub fn is_signup<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_signup = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_signup: {e}")
                    });
                self
            }
            pub fn require_mfa<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.require_mfa = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for require_mfa: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn state_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for state_contains: {e}"
                        )
                    });
                self
            }
            pub fn state_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state_in: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InviteFilter> for super::InviteFilter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InviteFilter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback: value.callback?,
                    callback_contains: value.callback_contains?,
                    callback_in: value.callback_in?,
                    created_at: value.created_at?,
                    created_at_gt: value.created_at_gt?,
                    created_at_gte: value.created_at_gte?,
                    created_at_lt: value.created_at_lt?,
                    created_at_lte: value.created_at_lte?,
                    email: value.email?,
                    email_contains: value.email_contains?,
                    email_in: value.email_in?,
                    expire: value.expire?,
                    expire_gt: value.expire_gt?,
                    expire_gte: value.expire_gte?,
                    expire_lt: value.expire_lt?,
                    expire_lte: value.expire_lte?,
                    id: value.id?,
                    id_contains: value.id_contains?,
                    id_in: value.id_in?,
                    invite_org: value.invite_org?,
                    invite_org_contains: value.invite_org_contains?,
                    invite_org_in: value.invite_org_in?,
                    inviter: value.inviter?,
                    inviter_contains: value.inviter_contains?,
                    inviter_in: value.inviter_in?,
                    is_signup: value.is_signup?,
                    require_mfa: value.require_mfa?,
                    state: value.state?,
                    state_contains: value.state_contains?,
                    state_in: value.state_in?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::InviteFilter> for InviteFilter {
            fn from(value: super::InviteFilter) -> Self {
                Self {
                    callback: Ok(value.callback),
                    callback_contains: Ok(value.callback_contains),
                    callback_in: Ok(value.callback_in),
                    created_at: Ok(value.created_at),
                    created_at_gt: Ok(value.created_at_gt),
                    created_at_gte: Ok(value.created_at_gte),
                    created_at_lt: Ok(value.created_at_lt),
                    created_at_lte: Ok(value.created_at_lte),
                    email: Ok(value.email),
                    email_contains: Ok(value.email_contains),
                    email_in: Ok(value.email_in),
                    expire: Ok(value.expire),
                    expire_gt: Ok(value.expire_gt),
                    expire_gte: Ok(value.expire_gte),
                    expire_lt: Ok(value.expire_lt),
                    expire_lte: Ok(value.expire_lte),
                    id: Ok(value.id),
                    id_contains: Ok(value.id_contains),
                    id_in: Ok(value.id_in),
                    invite_org: Ok(value.invite_org),
                    invite_org_contains: Ok(value.invite_org_contains),
                    invite_org_in: Ok(value.invite_org_in),
                    inviter: Ok(value.inviter),
                    inviter_contains: Ok(value.inviter_contains),
                    inviter_in: Ok(value.inviter_in),
                    is_signup: Ok(value.is_signup),
                    require_mfa: Ok(value.require_mfa),
                    state: Ok(value.state),
                    state_contains: Ok(value.state_contains),
                    state_in: Ok(value.state_in),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InviteList {
            count: ::std::result::Result<i64, ::std::string::String>,
            invites: ::std::result::Result<
                ::std::vec::Vec<super::Invite>,
                ::std::string::String,
            >,
            last: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InviteList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    invites: Err("no value supplied for invites".to_string()),
                    last: Ok(Default::default()),
                }
            }
        }
        impl InviteList {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn invites<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Invite>>,
                T::Error: ::std::fmt::Display,
            {
                self.invites = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invites: {e}")
                    });
                self
            }
            pub fn last<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InviteList> for super::InviteList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InviteList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    invites: value.invites?,
                    last: value.last?,
                })
            }
        }
        impl ::std::convert::From<super::InviteList> for InviteList {
            fn from(value: super::InviteList) -> Self {
                Self {
                    count: Ok(value.count),
                    invites: Ok(value.invites),
                    last: Ok(value.last),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InviteListRequest {
            filter: ::std::result::Result<
                ::std::option::Option<super::InviteFilter>,
                ::std::string::String,
            >,
            last: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order: ::std::result::Result<
                ::std::option::Option<super::ItemOrder>,
                ::std::string::String,
            >,
            order_by: ::std::result::Result<
                ::std::option::Option<super::InviteOrderBy>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InviteListRequest {
            fn default() -> Self {
                Self {
                    filter: Ok(Default::default()),
                    last: Ok(Default::default()),
                    order: Ok(Default::default()),
                    order_by: Ok(Default::default()),
                    size: Ok(Default::default()),
                }
            }
        }
        impl InviteListRequest {
            pub fn filter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::InviteFilter>>,
                T::Error: ::std::fmt::Display,
            {
                self.filter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filter: {e}")
                    });
                self
            }
            pub fn last<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last: {e}")
                    });
                self
            }
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ItemOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            pub fn order_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::InviteOrderBy>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_by: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InviteListRequest> for super::InviteListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InviteListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    filter: value.filter?,
                    last: value.last?,
                    order: value.order?,
                    order_by: value.order_by?,
                    size: value.size?,
                })
            }
        }
        impl ::std::convert::From<super::InviteListRequest> for InviteListRequest {
            fn from(value: super::InviteListRequest) -> Self {
                Self {
                    filter: Ok(value.filter),
                    last: Ok(value.last),
                    order: Ok(value.order),
                    order_by: Ok(value.order_by),
                    size: Ok(value.size),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InviteListSuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::InviteList, ::std::string::String>,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InviteListSuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl InviteListSuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::InviteList>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InviteListSuccess> for super::InviteListSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InviteListSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::InviteListSuccess> for InviteListSuccess {
            fn from(value: super::InviteListSuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InviteRequest {
            callback: ::std::result::Result<
                crate::strings::Callback,
                ::std::string::String,
            >,
            client_id: ::std::result::Result<
                ::std::option::Option<crate::strings::ServiceAccountId>,
                ::std::string::String,
            >,
            email: ::std::result::Result<crate::strings::Email, ::std::string::String>,
            inviter: ::std::result::Result<crate::strings::Email, ::std::string::String>,
            state: ::std::result::Result<
                crate::strings::CallbackState,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InviteRequest {
            fn default() -> Self {
                Self {
                    callback: Err("no value supplied for callback".to_string()),
                    client_id: Ok(Default::default()),
                    email: Err("no value supplied for email".to_string()),
                    inviter: Err("no value supplied for inviter".to_string()),
                    state: Err("no value supplied for state".to_string()),
                }
            }
        }
        impl InviteRequest {
            pub fn callback<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::Callback>,
                T::Error: ::std::fmt::Display,
            {
                self.callback = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback: {e}")
                    });
                self
            }
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::strings::ServiceAccountId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::Email>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn inviter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::Email>,
                T::Error: ::std::fmt::Display,
            {
                self.inviter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inviter: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::CallbackState>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InviteRequest> for super::InviteRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InviteRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback: value.callback?,
                    client_id: value.client_id?,
                    email: value.email?,
                    inviter: value.inviter?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::InviteRequest> for InviteRequest {
            fn from(value: super::InviteRequest) -> Self {
                Self {
                    callback: Ok(value.callback),
                    client_id: Ok(value.client_id),
                    email: Ok(value.email),
                    inviter: Ok(value.inviter),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InviteSuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::Invite, ::std::string::String>,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InviteSuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl InviteSuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Invite>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InviteSuccess> for super::InviteSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InviteSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::InviteSuccess> for InviteSuccess {
            fn from(value: super::InviteSuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpIntelligence {
            geolocation: ::std::result::Result<
                ::std::option::Option<super::Geolocation>,
                ::std::string::String,
            >,
            is_bad: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_proxy: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            is_vpn: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            reputation: ::std::result::Result<
                ::std::option::Option<super::Reputation>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpIntelligence {
            fn default() -> Self {
                Self {
                    geolocation: Ok(Default::default()),
                    is_bad: Ok(Default::default()),
                    is_proxy: Ok(Default::default()),
                    is_vpn: Ok(Default::default()),
                    reputation: Ok(Default::default()),
                }
            }
        }
        impl IpIntelligence {
            pub fn geolocation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Geolocation>>,
                T::Error: ::std::fmt::Display,
            {
                self.geolocation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for geolocation: {e}")
                    });
                self
            }
            pub fn is_bad<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_bad = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_bad: {e}")
                    });
                self
            }
            pub fn is_proxy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_proxy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_proxy: {e}")
                    });
                self
            }
            pub fn is_vpn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_vpn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for is_vpn: {e}")
                    });
                self
            }
            pub fn reputation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Reputation>>,
                T::Error: ::std::fmt::Display,
            {
                self.reputation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reputation: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IpIntelligence> for super::IpIntelligence {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpIntelligence,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    geolocation: value.geolocation?,
                    is_bad: value.is_bad?,
                    is_proxy: value.is_proxy?,
                    is_vpn: value.is_vpn?,
                    reputation: value.reputation?,
                })
            }
        }
        impl ::std::convert::From<super::IpIntelligence> for IpIntelligence {
            fn from(value: super::IpIntelligence) -> Self {
                Self {
                    geolocation: Ok(value.geolocation),
                    is_bad: Ok(value.is_bad),
                    is_proxy: Ok(value.is_proxy),
                    is_vpn: Ok(value.is_vpn),
                    reputation: Ok(value.reputation),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Jwks {
            keys: ::std::result::Result<
                ::std::vec::Vec<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Jwks {
            fn default() -> Self {
                Self {
                    keys: Ok(Default::default()),
                }
            }
        }
        impl Jwks {
            pub fn keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.keys = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keys: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Jwks> for super::Jwks {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Jwks,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { keys: value.keys? })
            }
        }
        impl ::std::convert::From<super::Jwks> for Jwks {
            fn from(value: super::Jwks) -> Self {
                Self { keys: Ok(value.keys) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JwksRequest {}
        impl ::std::default::Default for JwksRequest {
            fn default() -> Self {
                Self {}
            }
        }
        impl JwksRequest {}
        impl ::std::convert::TryFrom<JwksRequest> for super::JwksRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                _value: JwksRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {})
            }
        }
        impl ::std::convert::From<super::JwksRequest> for JwksRequest {
            fn from(_value: super::JwksRequest) -> Self {
                Self {}
            }
        }
        #[derive(Clone, Debug)]
        pub struct JwksSuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::Jwks, ::std::string::String>,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JwksSuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl JwksSuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Jwks>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JwksSuccess> for super::JwksSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JwksSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::JwksSuccess> for JwksSuccess {
            fn from(value: super::JwksSuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LoginToken {
            audience: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            claims: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            expire: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            identity: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            intelligence: ::std::result::Result<
                ::std::option::Option<super::Intelligence>,
                ::std::string::String,
            >,
            life: ::std::result::Result<i64, ::std::string::String>,
            profile: ::std::result::Result<super::Profile, ::std::string::String>,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                crate::strings::TokenValue,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::TokenType, ::std::string::String>,
        }
        impl ::std::default::Default for LoginToken {
            fn default() -> Self {
                Self {
                    audience: Ok(Default::default()),
                    claims: Ok(Default::default()),
                    client_id: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    enabled: Ok(Default::default()),
                    expire: Err("no value supplied for expire".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    identity: Err("no value supplied for identity".to_string()),
                    intelligence: Ok(Default::default()),
                    life: Err("no value supplied for life".to_string()),
                    profile: Err("no value supplied for profile".to_string()),
                    scopes: Ok(Default::default()),
                    token: Err("no value supplied for token".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl LoginToken {
            pub fn audience<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.audience = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for audience: {e}")
                    });
                self
            }
            pub fn claims<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.claims = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for claims: {e}")
                    });
                self
            }
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn expire<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.expire = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn identity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.identity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identity: {e}")
                    });
                self
            }
            pub fn intelligence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Intelligence>>,
                T::Error: ::std::fmt::Display,
            {
                self.intelligence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for intelligence: {e}")
                    });
                self
            }
            pub fn life<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.life = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for life: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Profile>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::TokenValue>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LoginToken> for super::LoginToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LoginToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    audience: value.audience?,
                    claims: value.claims?,
                    client_id: value.client_id?,
                    created_at: value.created_at?,
                    email: value.email?,
                    enabled: value.enabled?,
                    expire: value.expire?,
                    id: value.id?,
                    identity: value.identity?,
                    intelligence: value.intelligence?,
                    life: value.life?,
                    profile: value.profile?,
                    scopes: value.scopes?,
                    token: value.token?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::LoginToken> for LoginToken {
            fn from(value: super::LoginToken) -> Self {
                Self {
                    audience: Ok(value.audience),
                    claims: Ok(value.claims),
                    client_id: Ok(value.client_id),
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    enabled: Ok(value.enabled),
                    expire: Ok(value.expire),
                    id: Ok(value.id),
                    identity: Ok(value.identity),
                    intelligence: Ok(value.intelligence),
                    life: Ok(value.life),
                    profile: Ok(value.profile),
                    scopes: Ok(value.scopes),
                    token: Ok(value.token),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PasswordChangeRequest {
            new_password: ::std::result::Result<
                crate::strings::Password,
                ::std::string::String,
            >,
            old_password: ::std::result::Result<
                crate::strings::Password,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                crate::strings::UserToken,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PasswordChangeRequest {
            fn default() -> Self {
                Self {
                    new_password: Err("no value supplied for new_password".to_string()),
                    old_password: Err("no value supplied for old_password".to_string()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl PasswordChangeRequest {
            pub fn new_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::Password>,
                T::Error: ::std::fmt::Display,
            {
                self.new_password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_password: {e}")
                    });
                self
            }
            pub fn old_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::Password>,
                T::Error: ::std::fmt::Display,
            {
                self.old_password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for old_password: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::UserToken>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PasswordChangeRequest>
        for super::PasswordChangeRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PasswordChangeRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    new_password: value.new_password?,
                    old_password: value.old_password?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::PasswordChangeRequest>
        for PasswordChangeRequest {
            fn from(value: super::PasswordChangeRequest) -> Self {
                Self {
                    new_password: Ok(value.new_password),
                    old_password: Ok(value.old_password),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PasswordExpireRequest {
            id: ::std::result::Result<crate::strings::Identity, ::std::string::String>,
        }
        impl ::std::default::Default for PasswordExpireRequest {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                }
            }
        }
        impl PasswordExpireRequest {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::Identity>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<PasswordExpireRequest>
        for super::PasswordExpireRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PasswordExpireRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { id: value.id? })
            }
        }
        impl ::std::convert::From<super::PasswordExpireRequest>
        for PasswordExpireRequest {
            fn from(value: super::PasswordExpireRequest) -> Self {
                Self { id: Ok(value.id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PollEnvelope {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PollEnvelope {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl PollEnvelope {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PollEnvelope> for super::PollEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PollEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::PollEnvelope> for PollEnvelope {
            fn from(value: super::PollEnvelope) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Reputation {
            category: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            score: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            verdict: ::std::result::Result<
                ::std::option::Option<super::Verdict>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Reputation {
            fn default() -> Self {
                Self {
                    category: Ok(Default::default()),
                    score: Ok(Default::default()),
                    verdict: Ok(Default::default()),
                }
            }
        }
        impl Reputation {
            pub fn category<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.category = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for category: {e}")
                    });
                self
            }
            pub fn score<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.score = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for score: {e}")
                    });
                self
            }
            pub fn verdict<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Verdict>>,
                T::Error: ::std::fmt::Display,
            {
                self.verdict = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verdict: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Reputation> for super::Reputation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Reputation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    category: value.category?,
                    score: value.score?,
                    verdict: value.verdict?,
                })
            }
        }
        impl ::std::convert::From<super::Reputation> for Reputation {
            fn from(value: super::Reputation) -> Self {
                Self {
                    category: Ok(value.category),
                    score: Ok(value.score),
                    verdict: Ok(value.verdict),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Session {
            active_token: ::std::result::Result<
                ::std::option::Option<super::TokenInfo>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            expire: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            identity: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            life: ::std::result::Result<i64, ::std::string::String>,
            profile: ::std::result::Result<super::Profile, ::std::string::String>,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::TokenType, ::std::string::String>,
        }
        impl ::std::default::Default for Session {
            fn default() -> Self {
                Self {
                    active_token: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    expire: Err("no value supplied for expire".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    identity: Err("no value supplied for identity".to_string()),
                    life: Err("no value supplied for life".to_string()),
                    profile: Err("no value supplied for profile".to_string()),
                    scopes: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl Session {
            pub fn active_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TokenInfo>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active_token: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn expire<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.expire = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn identity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.identity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identity: {e}")
                    });
                self
            }
            pub fn life<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.life = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for life: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Profile>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Session> for super::Session {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Session,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_token: value.active_token?,
                    created_at: value.created_at?,
                    email: value.email?,
                    expire: value.expire?,
                    id: value.id?,
                    identity: value.identity?,
                    life: value.life?,
                    profile: value.profile?,
                    scopes: value.scopes?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::Session> for Session {
            fn from(value: super::Session) -> Self {
                Self {
                    active_token: Ok(value.active_token),
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    expire: Ok(value.expire),
                    id: Ok(value.id),
                    identity: Ok(value.identity),
                    life: Ok(value.life),
                    profile: Ok(value.profile),
                    scopes: Ok(value.scopes),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionFilter {
            active_token_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            active_token_id_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            active_token_id_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_gt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_gte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_lt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_lte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            email_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            expire: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            expire_gt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            expire_gte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            expire_lt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            expire_lte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            id_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            identity: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            identity_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            identity_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            type_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            username_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionFilter {
            fn default() -> Self {
                Self {
                    active_token_id: Ok(Default::default()),
                    active_token_id_contains: Ok(Default::default()),
                    active_token_id_in: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    created_at_gt: Ok(Default::default()),
                    created_at_gte: Ok(Default::default()),
                    created_at_lt: Ok(Default::default()),
                    created_at_lte: Ok(Default::default()),
                    email: Ok(Default::default()),
                    email_contains: Ok(Default::default()),
                    email_in: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    expire: Ok(Default::default()),
                    expire_gt: Ok(Default::default()),
                    expire_gte: Ok(Default::default()),
                    expire_lt: Ok(Default::default()),
                    expire_lte: Ok(Default::default()),
                    id: Ok(Default::default()),
                    id_contains: Ok(Default::default()),
                    id_in: Ok(Default::default()),
                    identity: Ok(Default::default()),
                    identity_contains: Ok(Default::default()),
                    identity_in: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                    type_: Ok(Default::default()),
                    type_contains: Ok(Default::default()),
                    type_in: Ok(Default::default()),
                    username: Ok(Default::default()),
                    username_contains: Ok(Default::default()),
                    username_in: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SessionFilter {
            pub fn active_token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_token_id: {e}"
                        )
                    });
                self
            }
            pub fn active_token_id_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_token_id_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_token_id_contains: {e}"
                        )
                    });
                self
            }
            pub fn active_token_id_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_token_id_in = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_token_id_in: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn created_at_gt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_gt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at_gt: {e}")
                    });
                self
            }
            pub fn created_at_gte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_gte = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_at_gte: {e}"
                        )
                    });
                self
            }
            pub fn created_at_lt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_lt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at_lt: {e}")
                    });
                self
            }
            pub fn created_at_lte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_lte = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_at_lte: {e}"
                        )
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn email_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for email_contains: {e}"
                        )
                    });
                self
            }
            pub fn email_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email_in: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn expire<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire: {e}")
                    });
                self
            }
            pub fn expire_gt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_gt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_gt: {e}")
                    });
                self
            }
            pub fn expire_gte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_gte = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_gte: {e}")
                    });
                self
            }
            pub fn expire_lt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_lt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_lt: {e}")
                    });
                self
            }
            pub fn expire_lte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_lte = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_lte: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn id_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_contains: {e}")
                    });
                self
            }
            pub fn id_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_in: {e}")
                    });
                self
            }
            pub fn identity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.identity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identity: {e}")
                    });
                self
            }
            pub fn identity_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.identity_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for identity_contains: {e}"
                        )
                    });
                self
            }
            pub fn identity_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.identity_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identity_in: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn type_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_contains: {e}")
                    });
                self
            }
            pub fn type_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_in: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
            pub fn username_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for username_contains: {e}"
                        )
                    });
                self
            }
            pub fn username_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username_in: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionFilter> for super::SessionFilter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionFilter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_token_id: value.active_token_id?,
                    active_token_id_contains: value.active_token_id_contains?,
                    active_token_id_in: value.active_token_id_in?,
                    created_at: value.created_at?,
                    created_at_gt: value.created_at_gt?,
                    created_at_gte: value.created_at_gte?,
                    created_at_lt: value.created_at_lt?,
                    created_at_lte: value.created_at_lte?,
                    email: value.email?,
                    email_contains: value.email_contains?,
                    email_in: value.email_in?,
                    enabled: value.enabled?,
                    expire: value.expire?,
                    expire_gt: value.expire_gt?,
                    expire_gte: value.expire_gte?,
                    expire_lt: value.expire_lt?,
                    expire_lte: value.expire_lte?,
                    id: value.id?,
                    id_contains: value.id_contains?,
                    id_in: value.id_in?,
                    identity: value.identity?,
                    identity_contains: value.identity_contains?,
                    identity_in: value.identity_in?,
                    scopes: value.scopes?,
                    type_: value.type_?,
                    type_contains: value.type_contains?,
                    type_in: value.type_in?,
                    username: value.username?,
                    username_contains: value.username_contains?,
                    username_in: value.username_in?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SessionFilter> for SessionFilter {
            fn from(value: super::SessionFilter) -> Self {
                Self {
                    active_token_id: Ok(value.active_token_id),
                    active_token_id_contains: Ok(value.active_token_id_contains),
                    active_token_id_in: Ok(value.active_token_id_in),
                    created_at: Ok(value.created_at),
                    created_at_gt: Ok(value.created_at_gt),
                    created_at_gte: Ok(value.created_at_gte),
                    created_at_lt: Ok(value.created_at_lt),
                    created_at_lte: Ok(value.created_at_lte),
                    email: Ok(value.email),
                    email_contains: Ok(value.email_contains),
                    email_in: Ok(value.email_in),
                    enabled: Ok(value.enabled),
                    expire: Ok(value.expire),
                    expire_gt: Ok(value.expire_gt),
                    expire_gte: Ok(value.expire_gte),
                    expire_lt: Ok(value.expire_lt),
                    expire_lte: Ok(value.expire_lte),
                    id: Ok(value.id),
                    id_contains: Ok(value.id_contains),
                    id_in: Ok(value.id_in),
                    identity: Ok(value.identity),
                    identity_contains: Ok(value.identity_contains),
                    identity_in: Ok(value.identity_in),
                    scopes: Ok(value.scopes),
                    type_: Ok(value.type_),
                    type_contains: Ok(value.type_contains),
                    type_in: Ok(value.type_in),
                    username: Ok(value.username),
                    username_contains: Ok(value.username_contains),
                    username_in: Ok(value.username_in),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionInvalidateRequest {
            session_id: ::std::result::Result<
                crate::strings::TokenId,
                ::std::string::String,
            >,
            user_initiated: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionInvalidateRequest {
            fn default() -> Self {
                Self {
                    session_id: Err("no value supplied for session_id".to_string()),
                    user_initiated: Ok(Default::default()),
                }
            }
        }
        impl SessionInvalidateRequest {
            pub fn session_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::TokenId>,
                T::Error: ::std::fmt::Display,
            {
                self.session_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_id: {e}")
                    });
                self
            }
            pub fn user_initiated<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_initiated = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for user_initiated: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionInvalidateRequest>
        for super::SessionInvalidateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionInvalidateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    session_id: value.session_id?,
                    user_initiated: value.user_initiated?,
                })
            }
        }
        impl ::std::convert::From<super::SessionInvalidateRequest>
        for SessionInvalidateRequest {
            fn from(value: super::SessionInvalidateRequest) -> Self {
                Self {
                    session_id: Ok(value.session_id),
                    user_initiated: Ok(value.user_initiated),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionList {
            count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            last: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sessions: ::std::result::Result<
                ::std::vec::Vec<super::Session>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionList {
            fn default() -> Self {
                Self {
                    count: Ok(Default::default()),
                    last: Ok(Default::default()),
                    sessions: Err("no value supplied for sessions".to_string()),
                }
            }
        }
        impl SessionList {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn last<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last: {e}")
                    });
                self
            }
            pub fn sessions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Session>>,
                T::Error: ::std::fmt::Display,
            {
                self.sessions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sessions: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionList> for super::SessionList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    last: value.last?,
                    sessions: value.sessions?,
                })
            }
        }
        impl ::std::convert::From<super::SessionList> for SessionList {
            fn from(value: super::SessionList) -> Self {
                Self {
                    count: Ok(value.count),
                    last: Ok(value.last),
                    sessions: Ok(value.sessions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionListRequest {
            filter: ::std::result::Result<
                ::std::option::Option<super::SessionFilter>,
                ::std::string::String,
            >,
            last: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order: ::std::result::Result<
                ::std::option::Option<super::ItemOrder>,
                ::std::string::String,
            >,
            order_by: ::std::result::Result<
                ::std::option::Option<super::SessionOrderBy>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionListRequest {
            fn default() -> Self {
                Self {
                    filter: Ok(Default::default()),
                    last: Ok(Default::default()),
                    order: Ok(Default::default()),
                    order_by: Ok(Default::default()),
                    size: Ok(Default::default()),
                }
            }
        }
        impl SessionListRequest {
            pub fn filter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SessionFilter>>,
                T::Error: ::std::fmt::Display,
            {
                self.filter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filter: {e}")
                    });
                self
            }
            pub fn last<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last: {e}")
                    });
                self
            }
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ItemOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            pub fn order_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SessionOrderBy>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_by: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionListRequest> for super::SessionListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    filter: value.filter?,
                    last: value.last?,
                    order: value.order?,
                    order_by: value.order_by?,
                    size: value.size?,
                })
            }
        }
        impl ::std::convert::From<super::SessionListRequest> for SessionListRequest {
            fn from(value: super::SessionListRequest) -> Self {
                Self {
                    filter: Ok(value.filter),
                    last: Ok(value.last),
                    order: Ok(value.order),
                    order_by: Ok(value.order_by),
                    size: Ok(value.size),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionListSuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::SessionList, ::std::string::String>,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionListSuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl SessionListSuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SessionList>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionListSuccess> for super::SessionListSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionListSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::SessionListSuccess> for SessionListSuccess {
            fn from(value: super::SessionListSuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionLogoutRequest {
            user_id: ::std::result::Result<
                crate::strings::Identity,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionLogoutRequest {
            fn default() -> Self {
                Self {
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl SessionLogoutRequest {
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::Identity>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionLogoutRequest>
        for super::SessionLogoutRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionLogoutRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user_id: value.user_id? })
            }
        }
        impl ::std::convert::From<super::SessionLogoutRequest> for SessionLogoutRequest {
            fn from(value: super::SessionLogoutRequest) -> Self {
                Self { user_id: Ok(value.user_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SessionRefreshRequest {
            refresh_token: ::std::result::Result<
                crate::strings::RefreshToken,
                ::std::string::String,
            >,
            user_token: ::std::result::Result<
                ::std::option::Option<crate::strings::UserToken>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionRefreshRequest {
            fn default() -> Self {
                Self {
                    refresh_token: Err(
                        "no value supplied for refresh_token".to_string(),
                    ),
                    user_token: Ok(Default::default()),
                }
            }
        }
        impl SessionRefreshRequest {
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::RefreshToken>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn user_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::strings::UserToken>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionRefreshRequest>
        for super::SessionRefreshRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionRefreshRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    refresh_token: value.refresh_token?,
                    user_token: value.user_token?,
                })
            }
        }
        impl ::std::convert::From<super::SessionRefreshRequest>
        for SessionRefreshRequest {
            fn from(value: super::SessionRefreshRequest) -> Self {
                Self {
                    refresh_token: Ok(value.refresh_token),
                    user_token: Ok(value.user_token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenCheckRequest {
            token: ::std::result::Result<
                crate::strings::AnyToken,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenCheckRequest {
            fn default() -> Self {
                Self {
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl TokenCheckRequest {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::AnyToken>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenCheckRequest> for super::TokenCheckRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenCheckRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { token: value.token? })
            }
        }
        impl ::std::convert::From<super::TokenCheckRequest> for TokenCheckRequest {
            fn from(value: super::TokenCheckRequest) -> Self {
                Self { token: Ok(value.token) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenInfo {
            audience: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            claims: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            client_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            expire: ::std::result::Result<crate::Timestamp, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            identity: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            intelligence: ::std::result::Result<
                ::std::option::Option<super::Intelligence>,
                ::std::string::String,
            >,
            life: ::std::result::Result<i64, ::std::string::String>,
            profile: ::std::result::Result<super::Profile, ::std::string::String>,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<super::TokenType, ::std::string::String>,
        }
        impl ::std::default::Default for TokenInfo {
            fn default() -> Self {
                Self {
                    audience: Ok(Default::default()),
                    claims: Ok(Default::default()),
                    client_id: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    enabled: Ok(Default::default()),
                    expire: Err("no value supplied for expire".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    identity: Err("no value supplied for identity".to_string()),
                    intelligence: Ok(Default::default()),
                    life: Err("no value supplied for life".to_string()),
                    profile: Err("no value supplied for profile".to_string()),
                    scopes: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl TokenInfo {
            pub fn audience<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.audience = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for audience: {e}")
                    });
                self
            }
            pub fn claims<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.claims = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for claims: {e}")
                    });
                self
            }
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn expire<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Timestamp>,
                T::Error: ::std::fmt::Display,
            {
                self.expire = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn identity<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.identity = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identity: {e}")
                    });
                self
            }
            pub fn intelligence<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Intelligence>>,
                T::Error: ::std::fmt::Display,
            {
                self.intelligence = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for intelligence: {e}")
                    });
                self
            }
            pub fn life<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.life = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for life: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Profile>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenInfo> for super::TokenInfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenInfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    audience: value.audience?,
                    claims: value.claims?,
                    client_id: value.client_id?,
                    created_at: value.created_at?,
                    email: value.email?,
                    enabled: value.enabled?,
                    expire: value.expire?,
                    id: value.id?,
                    identity: value.identity?,
                    intelligence: value.intelligence?,
                    life: value.life?,
                    profile: value.profile?,
                    scopes: value.scopes?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::TokenInfo> for TokenInfo {
            fn from(value: super::TokenInfo) -> Self {
                Self {
                    audience: Ok(value.audience),
                    claims: Ok(value.claims),
                    client_id: Ok(value.client_id),
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    enabled: Ok(value.enabled),
                    expire: Ok(value.expire),
                    id: Ok(value.id),
                    identity: Ok(value.identity),
                    intelligence: Ok(value.intelligence),
                    life: Ok(value.life),
                    profile: Ok(value.profile),
                    scopes: Ok(value.scopes),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenInfoSuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::TokenInfo, ::std::string::String>,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenInfoSuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl TokenInfoSuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TokenInfo>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenInfoSuccess> for super::TokenInfoSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenInfoSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::TokenInfoSuccess> for TokenInfoSuccess {
            fn from(value: super::TokenInfoSuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct User {
            accepted_eula_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            accepted_privacy_policy_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            authenticators: ::std::result::Result<
                ::std::vec::Vec<super::Authenticator>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            disabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            groups: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            last_login_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            last_login_city: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_login_country: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_login_ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            locked_out: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            login_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            phone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            profile: ::std::result::Result<super::Profile, ::std::string::String>,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    accepted_eula_id: Ok(Default::default()),
                    accepted_privacy_policy_id: Ok(Default::default()),
                    authenticators: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    disabled: Ok(Default::default()),
                    email: Err("no value supplied for email".to_string()),
                    groups: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_login_at: Ok(Default::default()),
                    last_login_city: Ok(Default::default()),
                    last_login_country: Ok(Default::default()),
                    last_login_ip: Ok(Default::default()),
                    locked_out: Ok(Default::default()),
                    login_count: Ok(Default::default()),
                    phone: Ok(Default::default()),
                    profile: Err("no value supplied for profile".to_string()),
                    username: Ok(Default::default()),
                    verified: Err("no value supplied for verified".to_string()),
                }
            }
        }
        impl User {
            pub fn accepted_eula_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.accepted_eula_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accepted_eula_id: {e}"
                        )
                    });
                self
            }
            pub fn accepted_privacy_policy_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.accepted_privacy_policy_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accepted_privacy_policy_id: {e}"
                        )
                    });
                self
            }
            pub fn authenticators<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Authenticator>>,
                T::Error: ::std::fmt::Display,
            {
                self.authenticators = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for authenticators: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn disabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for disabled: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.groups = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for groups: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_login_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_login_at: {e}")
                    });
                self
            }
            pub fn last_login_city<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_city = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_login_city: {e}"
                        )
                    });
                self
            }
            pub fn last_login_country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_country = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_login_country: {e}"
                        )
                    });
                self
            }
            pub fn last_login_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_ip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_login_ip: {e}")
                    });
                self
            }
            pub fn locked_out<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.locked_out = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for locked_out: {e}")
                    });
                self
            }
            pub fn login_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.login_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login_count: {e}")
                    });
                self
            }
            pub fn phone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Profile>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accepted_eula_id: value.accepted_eula_id?,
                    accepted_privacy_policy_id: value.accepted_privacy_policy_id?,
                    authenticators: value.authenticators?,
                    created_at: value.created_at?,
                    disabled: value.disabled?,
                    email: value.email?,
                    groups: value.groups?,
                    id: value.id?,
                    last_login_at: value.last_login_at?,
                    last_login_city: value.last_login_city?,
                    last_login_country: value.last_login_country?,
                    last_login_ip: value.last_login_ip?,
                    locked_out: value.locked_out?,
                    login_count: value.login_count?,
                    phone: value.phone?,
                    profile: value.profile?,
                    username: value.username?,
                    verified: value.verified?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    accepted_eula_id: Ok(value.accepted_eula_id),
                    accepted_privacy_policy_id: Ok(value.accepted_privacy_policy_id),
                    authenticators: Ok(value.authenticators),
                    created_at: Ok(value.created_at),
                    disabled: Ok(value.disabled),
                    email: Ok(value.email),
                    groups: Ok(value.groups),
                    id: Ok(value.id),
                    last_login_at: Ok(value.last_login_at),
                    last_login_city: Ok(value.last_login_city),
                    last_login_country: Ok(value.last_login_country),
                    last_login_ip: Ok(value.last_login_ip),
                    locked_out: Ok(value.locked_out),
                    login_count: Ok(value.login_count),
                    phone: Ok(value.phone),
                    profile: Ok(value.profile),
                    username: Ok(value.username),
                    verified: Ok(value.verified),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserCreateRequest {
            email: ::std::result::Result<crate::strings::Email, ::std::string::String>,
            profile: ::std::result::Result<super::Profile, ::std::string::String>,
            username: ::std::result::Result<
                ::std::option::Option<crate::strings::Username>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserCreateRequest {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    profile: Err("no value supplied for profile".to_string()),
                    username: Ok(Default::default()),
                }
            }
        }
        impl UserCreateRequest {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::Email>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Profile>,
                T::Error: ::std::fmt::Display,
            {
                self.profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for profile: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::strings::Username>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserCreateRequest> for super::UserCreateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserCreateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    profile: value.profile?,
                    username: value.username?,
                })
            }
        }
        impl ::std::convert::From<super::UserCreateRequest> for UserCreateRequest {
            fn from(value: super::UserCreateRequest) -> Self {
                Self {
                    email: Ok(value.email),
                    profile: Ok(value.profile),
                    username: Ok(value.username),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserFilter {
            accepted_eula_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            accepted_eula_id_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            accepted_eula_id_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            accepted_privacy_policy_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            accepted_privacy_policy_id_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            accepted_privacy_policy_id_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_gt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_gte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_lt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            created_at_lte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            disabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            email_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            id_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            last_login_at: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            last_login_at_gt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            last_login_at_gte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            last_login_at_lt: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            last_login_at_lte: ::std::result::Result<
                ::std::option::Option<crate::Timestamp>,
                ::std::string::String,
            >,
            last_login_ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_login_ip_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            last_login_ip_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            login_count: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            login_count_gt: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            login_count_gte: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            login_count_lt: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            login_count_lte: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            require_mfa: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            username: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            username_contains: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            username_in: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserFilter {
            fn default() -> Self {
                Self {
                    accepted_eula_id: Ok(Default::default()),
                    accepted_eula_id_contains: Ok(Default::default()),
                    accepted_eula_id_in: Ok(Default::default()),
                    accepted_privacy_policy_id: Ok(Default::default()),
                    accepted_privacy_policy_id_contains: Ok(Default::default()),
                    accepted_privacy_policy_id_in: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    created_at_gt: Ok(Default::default()),
                    created_at_gte: Ok(Default::default()),
                    created_at_lt: Ok(Default::default()),
                    created_at_lte: Ok(Default::default()),
                    disabled: Ok(Default::default()),
                    email: Ok(Default::default()),
                    email_contains: Ok(Default::default()),
                    email_in: Ok(Default::default()),
                    id: Ok(Default::default()),
                    id_contains: Ok(Default::default()),
                    id_in: Ok(Default::default()),
                    last_login_at: Ok(Default::default()),
                    last_login_at_gt: Ok(Default::default()),
                    last_login_at_gte: Ok(Default::default()),
                    last_login_at_lt: Ok(Default::default()),
                    last_login_at_lte: Ok(Default::default()),
                    last_login_ip: Ok(Default::default()),
                    last_login_ip_contains: Ok(Default::default()),
                    last_login_ip_in: Ok(Default::default()),
                    login_count: Ok(Default::default()),
                    login_count_gt: Ok(Default::default()),
                    login_count_gte: Ok(Default::default()),
                    login_count_lt: Ok(Default::default()),
                    login_count_lte: Ok(Default::default()),
                    require_mfa: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                    username: Ok(Default::default()),
                    username_contains: Ok(Default::default()),
                    username_in: Ok(Default::default()),
                    verified: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl UserFilter {
            pub fn accepted_eula_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.accepted_eula_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accepted_eula_id: {e}"
                        )
                    });
                self
            }
            pub fn accepted_eula_id_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.accepted_eula_id_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accepted_eula_id_contains: {e}"
                        )
                    });
                self
            }
            pub fn accepted_eula_id_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.accepted_eula_id_in = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accepted_eula_id_in: {e}"
                        )
                    });
                self
            }
            pub fn accepted_privacy_policy_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.accepted_privacy_policy_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accepted_privacy_policy_id: {e}"
                        )
                    });
                self
            }
            pub fn accepted_privacy_policy_id_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.accepted_privacy_policy_id_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accepted_privacy_policy_id_contains: {e}"
                        )
                    });
                self
            }
            pub fn accepted_privacy_policy_id_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.accepted_privacy_policy_id_in = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for accepted_privacy_policy_id_in: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn created_at_gt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_gt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at_gt: {e}")
                    });
                self
            }
            pub fn created_at_gte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_gte = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_at_gte: {e}"
                        )
                    });
                self
            }
            pub fn created_at_lt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_lt = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at_lt: {e}")
                    });
                self
            }
            pub fn created_at_lte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at_lte = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_at_lte: {e}"
                        )
                    });
                self
            }
            pub fn disabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for disabled: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn email_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for email_contains: {e}"
                        )
                    });
                self
            }
            pub fn email_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email_in: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn id_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_contains: {e}")
                    });
                self
            }
            pub fn id_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_in: {e}")
                    });
                self
            }
            pub fn last_login_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_login_at: {e}")
                    });
                self
            }
            pub fn last_login_at_gt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_at_gt = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_login_at_gt: {e}"
                        )
                    });
                self
            }
            pub fn last_login_at_gte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_at_gte = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_login_at_gte: {e}"
                        )
                    });
                self
            }
            pub fn last_login_at_lt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_at_lt = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_login_at_lt: {e}"
                        )
                    });
                self
            }
            pub fn last_login_at_lte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Timestamp>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_at_lte = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_login_at_lte: {e}"
                        )
                    });
                self
            }
            pub fn last_login_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_ip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_login_ip: {e}")
                    });
                self
            }
            pub fn last_login_ip_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_ip_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_login_ip_contains: {e}"
                        )
                    });
                self
            }
            pub fn last_login_ip_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_login_ip_in = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_login_ip_in: {e}"
                        )
                    });
                self
            }
            pub fn login_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.login_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login_count: {e}")
                    });
                self
            }
            pub fn login_count_gt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.login_count_gt = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for login_count_gt: {e}"
                        )
                    });
                self
            }
            pub fn login_count_gte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.login_count_gte = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for login_count_gte: {e}"
                        )
                    });
                self
            }
            pub fn login_count_lt<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.login_count_lt = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for login_count_lt: {e}"
                        )
                    });
                self
            }
            pub fn login_count_lte<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.login_count_lte = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for login_count_lte: {e}"
                        )
                    });
                self
            }
            pub fn require_mfa<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.require_mfa = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for require_mfa: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn username<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username: {e}")
                    });
                self
            }
            pub fn username_contains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username_contains = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for username_contains: {e}"
                        )
                    });
                self
            }
            pub fn username_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.username_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for username_in: {e}")
                    });
                self
            }
            pub fn verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.verified = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for verified: {e}")
                    });
                self
            }
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserFilter> for super::UserFilter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserFilter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accepted_eula_id: value.accepted_eula_id?,
                    accepted_eula_id_contains: value.accepted_eula_id_contains?,
                    accepted_eula_id_in: value.accepted_eula_id_in?,
                    accepted_privacy_policy_id: value.accepted_privacy_policy_id?,
                    accepted_privacy_policy_id_contains: value
                        .accepted_privacy_policy_id_contains?,
                    accepted_privacy_policy_id_in: value.accepted_privacy_policy_id_in?,
                    created_at: value.created_at?,
                    created_at_gt: value.created_at_gt?,
                    created_at_gte: value.created_at_gte?,
                    created_at_lt: value.created_at_lt?,
                    created_at_lte: value.created_at_lte?,
                    disabled: value.disabled?,
                    email: value.email?,
                    email_contains: value.email_contains?,
                    email_in: value.email_in?,
                    id: value.id?,
                    id_contains: value.id_contains?,
                    id_in: value.id_in?,
                    last_login_at: value.last_login_at?,
                    last_login_at_gt: value.last_login_at_gt?,
                    last_login_at_gte: value.last_login_at_gte?,
                    last_login_at_lt: value.last_login_at_lt?,
                    last_login_at_lte: value.last_login_at_lte?,
                    last_login_ip: value.last_login_ip?,
                    last_login_ip_contains: value.last_login_ip_contains?,
                    last_login_ip_in: value.last_login_ip_in?,
                    login_count: value.login_count?,
                    login_count_gt: value.login_count_gt?,
                    login_count_gte: value.login_count_gte?,
                    login_count_lt: value.login_count_lt?,
                    login_count_lte: value.login_count_lte?,
                    require_mfa: value.require_mfa?,
                    scopes: value.scopes?,
                    username: value.username?,
                    username_contains: value.username_contains?,
                    username_in: value.username_in?,
                    verified: value.verified?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::UserFilter> for UserFilter {
            fn from(value: super::UserFilter) -> Self {
                Self {
                    accepted_eula_id: Ok(value.accepted_eula_id),
                    accepted_eula_id_contains: Ok(value.accepted_eula_id_contains),
                    accepted_eula_id_in: Ok(value.accepted_eula_id_in),
                    accepted_privacy_policy_id: Ok(value.accepted_privacy_policy_id),
                    accepted_privacy_policy_id_contains: Ok(
                        value.accepted_privacy_policy_id_contains,
                    ),
                    accepted_privacy_policy_id_in: Ok(
                        value.accepted_privacy_policy_id_in,
                    ),
                    created_at: Ok(value.created_at),
                    created_at_gt: Ok(value.created_at_gt),
                    created_at_gte: Ok(value.created_at_gte),
                    created_at_lt: Ok(value.created_at_lt),
                    created_at_lte: Ok(value.created_at_lte),
                    disabled: Ok(value.disabled),
                    email: Ok(value.email),
                    email_contains: Ok(value.email_contains),
                    email_in: Ok(value.email_in),
                    id: Ok(value.id),
                    id_contains: Ok(value.id_contains),
                    id_in: Ok(value.id_in),
                    last_login_at: Ok(value.last_login_at),
                    last_login_at_gt: Ok(value.last_login_at_gt),
                    last_login_at_gte: Ok(value.last_login_at_gte),
                    last_login_at_lt: Ok(value.last_login_at_lt),
                    last_login_at_lte: Ok(value.last_login_at_lte),
                    last_login_ip: Ok(value.last_login_ip),
                    last_login_ip_contains: Ok(value.last_login_ip_contains),
                    last_login_ip_in: Ok(value.last_login_ip_in),
                    login_count: Ok(value.login_count),
                    login_count_gt: Ok(value.login_count_gt),
                    login_count_gte: Ok(value.login_count_gte),
                    login_count_lt: Ok(value.login_count_lt),
                    login_count_lte: Ok(value.login_count_lte),
                    require_mfa: Ok(value.require_mfa),
                    scopes: Ok(value.scopes),
                    username: Ok(value.username),
                    username_contains: Ok(value.username_contains),
                    username_in: Ok(value.username_in),
                    verified: Ok(value.verified),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserList {
            count: ::std::result::Result<i64, ::std::string::String>,
            last: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            users: ::std::result::Result<
                ::std::vec::Vec<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserList {
            fn default() -> Self {
                Self {
                    count: Err("no value supplied for count".to_string()),
                    last: Ok(Default::default()),
                    users: Err("no value supplied for users".to_string()),
                }
            }
        }
        impl UserList {
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn last<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last: {e}")
                    });
                self
            }
            pub fn users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for users: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserList> for super::UserList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    count: value.count?,
                    last: value.last?,
                    users: value.users?,
                })
            }
        }
        impl ::std::convert::From<super::UserList> for UserList {
            fn from(value: super::UserList) -> Self {
                Self {
                    count: Ok(value.count),
                    last: Ok(value.last),
                    users: Ok(value.users),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserListRequest {
            filter: ::std::result::Result<
                ::std::option::Option<super::UserFilter>,
                ::std::string::String,
            >,
            last: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            order: ::std::result::Result<
                ::std::option::Option<super::ItemOrder>,
                ::std::string::String,
            >,
            order_by: ::std::result::Result<
                ::std::option::Option<super::UserOrderBy>,
                ::std::string::String,
            >,
            size: ::std::result::Result<
                ::std::option::Option<::std::num::NonZeroU64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserListRequest {
            fn default() -> Self {
                Self {
                    filter: Ok(Default::default()),
                    last: Ok(Default::default()),
                    order: Ok(Default::default()),
                    order_by: Ok(Default::default()),
                    size: Ok(Default::default()),
                }
            }
        }
        impl UserListRequest {
            pub fn filter<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserFilter>>,
                T::Error: ::std::fmt::Display,
            {
                self.filter = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for filter: {e}")
                    });
                self
            }
            pub fn last<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last: {e}")
                    });
                self
            }
            pub fn order<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ItemOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.order = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order: {e}")
                    });
                self
            }
            pub fn order_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserOrderBy>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for order_by: {e}")
                    });
                self
            }
            pub fn size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::num::NonZeroU64>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for size: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserListRequest> for super::UserListRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserListRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    filter: value.filter?,
                    last: value.last?,
                    order: value.order?,
                    order_by: value.order_by?,
                    size: value.size?,
                })
            }
        }
        impl ::std::convert::From<super::UserListRequest> for UserListRequest {
            fn from(value: super::UserListRequest) -> Self {
                Self {
                    filter: Ok(value.filter),
                    last: Ok(value.last),
                    order: Ok(value.order),
                    order_by: Ok(value.order_by),
                    size: Ok(value.size),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserListSuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::UserList, ::std::string::String>,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserListSuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl UserListSuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserList>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserListSuccess> for super::UserListSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserListSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::UserListSuccess> for UserListSuccess {
            fn from(value: super::UserListSuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserSuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::User, ::std::string::String>,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserSuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl UserSuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserSuccess> for super::UserSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::UserSuccess> for UserSuccess {
            fn from(value: super::UserSuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Userinfo {
            active_token: ::std::result::Result<
                ::std::option::Option<super::LoginToken>,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                super::LoginToken,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Userinfo {
            fn default() -> Self {
                Self {
                    active_token: Ok(Default::default()),
                    refresh_token: Err("no value supplied for refresh_token".to_string()),
                }
            }
        }
        impl Userinfo {
            pub fn active_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LoginToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active_token: {e}")
                    });
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::LoginToken>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Userinfo> for super::Userinfo {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Userinfo,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_token: value.active_token?,
                    refresh_token: value.refresh_token?,
                })
            }
        }
        impl ::std::convert::From<super::Userinfo> for Userinfo {
            fn from(value: super::Userinfo) -> Self {
                Self {
                    active_token: Ok(value.active_token),
                    refresh_token: Ok(value.refresh_token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserinfoRequest {
            code: ::std::result::Result<
                crate::strings::LoginCode,
                ::std::string::String,
            >,
            flow_id: ::std::result::Result<
                ::std::option::Option<crate::strings::FlowId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserinfoRequest {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    flow_id: Ok(Default::default()),
                }
            }
        }
        impl UserinfoRequest {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::strings::LoginCode>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn flow_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::strings::FlowId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.flow_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for flow_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserinfoRequest> for super::UserinfoRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserinfoRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    flow_id: value.flow_id?,
                })
            }
        }
        impl ::std::convert::From<super::UserinfoRequest> for UserinfoRequest {
            fn from(value: super::UserinfoRequest) -> Self {
                Self {
                    code: Ok(value.code),
                    flow_id: Ok(value.flow_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserinfoSuccess {
            request_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            response_time: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            result: ::std::result::Result<super::Userinfo, ::std::string::String>,
            status: ::std::result::Result<super::SuccessStatus, ::std::string::String>,
            summary: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserinfoSuccess {
            fn default() -> Self {
                Self {
                    request_id: Err("no value supplied for request_id".to_string()),
                    request_time: Err("no value supplied for request_time".to_string()),
                    response_time: Err(
                        "no value supplied for response_time".to_string(),
                    ),
                    result: Err("no value supplied for result".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    summary: Ok(Default::default()),
                }
            }
        }
        impl UserinfoSuccess {
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
            pub fn request_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.request_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_time: {e}")
                    });
                self
            }
            pub fn response_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.response_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for response_time: {e}")
                    });
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Userinfo>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for result: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SuccessStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn summary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.summary = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for summary: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserinfoSuccess> for super::UserinfoSuccess {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserinfoSuccess,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    request_id: value.request_id?,
                    request_time: value.request_time?,
                    response_time: value.response_time?,
                    result: value.result?,
                    status: value.status?,
                    summary: value.summary?,
                })
            }
        }
        impl ::std::convert::From<super::UserinfoSuccess> for UserinfoSuccess {
            fn from(value: super::UserinfoSuccess) -> Self {
                Self {
                    request_id: Ok(value.request_id),
                    request_time: Ok(value.request_time),
                    response_time: Ok(value.response_time),
                    result: Ok(value.result),
                    status: Ok(value.status),
                    summary: Ok(value.summary),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Pangea AuthN

Pangea's AuthN service, as the real service serves it: create, find, update, disable and
delete users, list and delete their authenticators, exchange a login code for a session,
check, refresh, list and end sessions, get the keys that sign JWT tokens, invite users, and
change or expire a password.

Written by hand for the Rust SDK and checked in; `cargo xtask generate` turns it into the
`authn-api` crate. It agrees with Pangea's official description of AuthN on every path, request
field, type and constraint of the operations it covers, with these deliberate differences:

* OpenAPI 3.0.3 instead of 3.1, because progenitor reads 3.0 only.
* "Exactly one of `id`, `email`, `username`" (the official `exactlyOne` keyword) is a `oneOf`
  of closed objects, so the generated Rust type cannot hold none or two of them.
* Responses are decoded leniently: unknown fields are accepted, identifiers carry no pattern,
  and enums that Pangea extends over time accept values that are not listed yet: each is an
  `anyOf` of its known values and any string, since a known value matches both.
* AuthN reports business failures (a wrong password, a disabled user...) with HTTP 200 and a
  `status` other than `Success`. Every 200 response is therefore either the typed success
  envelope or the untyped `Envelope`, whose `status` is anything but `Success`, so the two
  branches of each `oneOf` never both match and such a body always decodes.
* The empty results of `user/delete`, `user/authenticators/delete` and
  `client/password/change` are `null` or `{}`: Pangea's description says `{}`, while
  Pangea's integration tests, run against the live service, find `null` for the first and
  the last.
* Three rules are ours, where Pangea's description states none: `size` is at most 10,000 in
  every list, `phone` is a pattern rather than Pangea's custom `phone-E164-format`, and an
  invitation's `callback` is a pattern (an http or https URL) rather than Pangea's custom
  `http-url` format.
* `client/session/list` takes a flat object (`token` beside the list fields), where Pangea's
  description puts `token` beside a `$ref`, which OpenAPI 3.0 does not allow.

Every answer the emulator (`authn-emulator`) gives validates against this description; the
workspace tests check it with a standard JSON Schema validator.


Version: 2*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::hooks::Hooks,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::hooks::Hooks) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::hooks::Hooks,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::hooks::Hooks> for Client {
    fn api_version() -> &'static str {
        "2"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::hooks::Hooks {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::hooks::Hooks>,
    {}
};
impl Client {
    /**Poll a request that was accepted for later processing

When a call answers HTTP 202 with status `Accepted`, this returns its final envelope once
it is ready (HTTP 200), or another 202 while it is still in progress. Poll with the same
token as the original call. The result is untyped: it is the result of the original call.


Sends a `GET` request to `/request/{requestId}`

Arguments:
- `request_id`: The `request_id` of the accepted request.
```ignore
let response = client.request_poll()
    .request_id(request_id)
    .send()
    .await;
```*/
    pub fn request_poll(&self) -> builder::RequestPoll<'_> {
        builder::RequestPoll::new(self)
    }
    /**Get the keys that sign JWT tokens

The JSON Web Key Set of the project: the public keys that verify its JWT active tokens
without a call per token.


Sends a `POST` request to `/v2/client/jwks`

```ignore
let response = client.client_jwks()
    .body(body)
    .send()
    .await;
```*/
    pub fn client_jwks(&self) -> builder::ClientJwks<'_> {
        builder::ClientJwks::new(self)
    }
    /**Change a user's password

Changes the password of the user who holds `token`, given their current password. The
result is empty: `null` or `{}`.


Sends a `POST` request to `/v2/client/password/change`

```ignore
let response = client.client_password_change()
    .body(body)
    .send()
    .await;
```*/
    pub fn client_password_change(&self) -> builder::ClientPasswordChange<'_> {
        builder::ClientPasswordChange::new(self)
    }
    /**End one of a user's sessions

Ends the session `session_id` of the user who holds the active token `token`. The result is empty: `null` or `{}`.

Sends a `POST` request to `/v2/client/session/invalidate`

```ignore
let response = client.client_session_invalidate()
    .body(body)
    .send()
    .await;
```*/
    pub fn client_session_invalidate(&self) -> builder::ClientSessionInvalidate<'_> {
        builder::ClientSessionInvalidate::new(self)
    }
    /**List a user's sessions

Lists the sessions of the user who holds the active token `token`, one page at a time,
optionally filtered and ordered. Pass the `last` value of a page to get the next one.


Sends a `POST` request to `/v2/client/session/list`

```ignore
let response = client.client_session_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn client_session_list(&self) -> builder::ClientSessionList<'_> {
        builder::ClientSessionList::new(self)
    }
    /**Log a session out

Ends the session of the user's active token `token`. The result is empty: `null` or `{}`.

Sends a `POST` request to `/v2/client/session/logout`

```ignore
let response = client.client_session_logout()
    .body(body)
    .send()
    .await;
```*/
    pub fn client_session_logout(&self) -> builder::ClientSessionLogout<'_> {
        builder::ClientSessionLogout::new(self)
    }
    /**Refresh a session

Trades a session's refresh token (and, optionally, its expired active token) for new
tokens: the result is the session's new refresh token and active token. A refresh token
works once.


Sends a `POST` request to `/v2/client/session/refresh`

```ignore
let response = client.client_session_refresh()
    .body(body)
    .send()
    .await;
```*/
    pub fn client_session_refresh(&self) -> builder::ClientSessionRefresh<'_> {
        builder::ClientSessionRefresh::new(self)
    }
    /**Check a token

Looks a token up and returns what the service knows about it (its type, user, expiry,
scopes, profile...) while it is valid; an expired, ended or unknown token is a
non-`Success` status. Pangea's Hosted Login guide names this call for keeping a local
session in sync. Takes the service token or a client token.


Sends a `POST` request to `/v2/client/token/check`

```ignore
let response = client.client_token_check()
    .body(body)
    .send()
    .await;
```*/
    pub fn client_token_check(&self) -> builder::ClientTokenCheck<'_> {
        builder::ClientTokenCheck::new(self)
    }
    /**Exchange a login code for the user's tokens

Trades the one-time login code returned to the login callback for the logged-in user's
session: the refresh token, and the active token when the service issues one.


Sends a `POST` request to `/v2/client/userinfo`

```ignore
let response = client.client_userinfo()
    .body(body)
    .send()
    .await;
```*/
    pub fn client_userinfo(&self) -> builder::ClientUserinfo<'_> {
        builder::ClientUserinfo::new(self)
    }
    /**End a session

Ends the session `session_id`. The result is empty: `null` or `{}`.

Sends a `POST` request to `/v2/session/invalidate`

```ignore
let response = client.session_invalidate()
    .body(body)
    .send()
    .await;
```*/
    pub fn session_invalidate(&self) -> builder::SessionInvalidate<'_> {
        builder::SessionInvalidate::new(self)
    }
    /**List sessions

Lists every user's sessions, one page at a time, optionally filtered and ordered. Pass
the `last` value of a page to get the next one.


Sends a `POST` request to `/v2/session/list`

```ignore
let response = client.session_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn session_list(&self) -> builder::SessionList<'_> {
        builder::SessionList::new(self)
    }
    /**Log a user out everywhere

Ends every session of the user `user_id`. The result is empty: `null` or `{}`.

Sends a `POST` request to `/v2/session/logout`

```ignore
let response = client.session_logout()
    .body(body)
    .send()
    .await;
```*/
    pub fn session_logout(&self) -> builder::SessionLogout<'_> {
        builder::SessionLogout::new(self)
    }
    /**Delete one of a user's authenticators

Removes the authenticator `authenticator_id` from the selected user. The result is empty: `null` or `{}`.

Sends a `POST` request to `/v2/user/authenticators/delete`

```ignore
let response = client.user_authenticators_delete()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_authenticators_delete(&self) -> builder::UserAuthenticatorsDelete<'_> {
        builder::UserAuthenticatorsDelete::new(self)
    }
    /**List a user's authenticators

Returns every authenticator (password, passkey, OTP, social login...) of the selected user.

Sends a `POST` request to `/v2/user/authenticators/list`

```ignore
let response = client.user_authenticators_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_authenticators_list(&self) -> builder::UserAuthenticatorsList<'_> {
        builder::UserAuthenticatorsList::new(self)
    }
    /**Create a user

Creates a user with an email address, a profile and optionally a username.

Sends a `POST` request to `/v2/user/create`

```ignore
let response = client.user_create()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_create(&self) -> builder::UserCreate<'_> {
        builder::UserCreate::new(self)
    }
    /**Delete a user

Deletes the user selected by exactly one of `id`, `email` or `username`. The result is empty: `null` or `{}`.

Sends a `POST` request to `/v2/user/delete`

```ignore
let response = client.user_delete()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_delete(&self) -> builder::UserDelete<'_> {
        builder::UserDelete::new(self)
    }
    /**Invite a user

Sends `email` an invitation from `inviter`: following it leads to the login callback
`callback` with `state`. The result is the invitation.


Sends a `POST` request to `/v2/user/invite`

```ignore
let response = client.user_invite()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_invite(&self) -> builder::UserInvite<'_> {
        builder::UserInvite::new(self)
    }
    /**Delete an invitation

Withdraws the invitation `id`. The result is empty: `null` or `{}`.

Sends a `POST` request to `/v2/user/invite/delete`

```ignore
let response = client.user_invite_delete()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_invite_delete(&self) -> builder::UserInviteDelete<'_> {
        builder::UserInviteDelete::new(self)
    }
    /**List pending invitations

Lists the invitations that are still pending, one page at a time, optionally filtered and
ordered. Pass the `last` value of a page to get the next one.


Sends a `POST` request to `/v2/user/invite/list`

```ignore
let response = client.user_invite_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_invite_list(&self) -> builder::UserInviteList<'_> {
        builder::UserInviteList::new(self)
    }
    /**List users

Lists users one page at a time, optionally filtered and ordered. Pass the `last` value of
a page to get the next one; the last page has no `last`.


Sends a `POST` request to `/v2/user/list`

```ignore
let response = client.user_list()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_list(&self) -> builder::UserList<'_> {
        builder::UserList::new(self)
    }
    /**Expire a user's password

The user `id` must set a new password the next time they log in. The result is empty: `null` or `{}`.

Sends a `POST` request to `/v2/user/password/expire`

```ignore
let response = client.user_password_expire()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_password_expire(&self) -> builder::UserPasswordExpire<'_> {
        builder::UserPasswordExpire::new(self)
    }
    /**Get a user

Returns the user selected by exactly one of `id`, `email` or `username`.

Sends a `POST` request to `/v2/user/profile/get`

```ignore
let response = client.user_profile_get()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_profile_get(&self) -> builder::UserProfileGet<'_> {
        builder::UserProfileGet::new(self)
    }
    /**Update a user's profile

Merges edits into the profile of the selected user: each key is set to its new value, or
removed when the value is `null`. Keys that are not mentioned are left alone.


Sends a `POST` request to `/v2/user/profile/update`

```ignore
let response = client.user_profile_update()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_profile_update(&self) -> builder::UserProfileUpdate<'_> {
        builder::UserProfileUpdate::new(self)
    }
    /**Update a user's settings

Disables or re-enables a user, unlocks a locked-out user, or sets their phone number.

Sends a `POST` request to `/v2/user/update`

```ignore
let response = client.user_update()
    .body(body)
    .send()
    .await;
```*/
    pub fn user_update(&self) -> builder::UserUpdate<'_> {
        builder::UserUpdate::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::request_poll`]

[`Client::request_poll`]: super::Client::request_poll*/
    #[derive(Debug, Clone)]
    pub struct RequestPoll<'a> {
        client: &'a super::Client,
        request_id: Result<::std::string::String, String>,
    }
    impl<'a> RequestPoll<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                request_id: Err("request_id was not initialized".to_string()),
            }
        }
        pub fn request_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.request_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for request_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/request/{requestId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PollEnvelope>, Error<types::ErrorEnvelope>> {
            let Self { client, request_id } = self;
            let request_id = request_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/request/{}", client.baseurl, encode_path(& request_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "request_poll",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_jwks`]

[`Client::client_jwks`]: super::Client::client_jwks*/
    #[derive(Debug, Clone)]
    pub struct ClientJwks<'a> {
        client: &'a super::Client,
        body: Result<types::builder::JwksRequest, String>,
    }
    impl<'a> ClientJwks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::JwksRequest>,
            <V as std::convert::TryInto<types::JwksRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `JwksRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::JwksRequest,
            ) -> types::builder::JwksRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/client/jwks`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::JwksResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::JwksRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/client/jwks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_jwks",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_password_change`]

[`Client::client_password_change`]: super::Client::client_password_change*/
    #[derive(Debug, Clone)]
    pub struct ClientPasswordChange<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PasswordChangeRequest, String>,
    }
    impl<'a> ClientPasswordChange<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PasswordChangeRequest>,
            <V as std::convert::TryInto<
                types::PasswordChangeRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PasswordChangeRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PasswordChangeRequest,
            ) -> types::builder::PasswordChangeRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/client/password/change`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::EmptyResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PasswordChangeRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/client/password/change", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_password_change",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_session_invalidate`]

[`Client::client_session_invalidate`]: super::Client::client_session_invalidate*/
    #[derive(Debug, Clone)]
    pub struct ClientSessionInvalidate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ClientSessionInvalidateRequest, String>,
    }
    impl<'a> ClientSessionInvalidate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ClientSessionInvalidateRequest>,
            <V as std::convert::TryInto<
                types::ClientSessionInvalidateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ClientSessionInvalidateRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ClientSessionInvalidateRequest,
            ) -> types::builder::ClientSessionInvalidateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/client/session/invalidate`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::EmptyResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ClientSessionInvalidateRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/client/session/invalidate", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_session_invalidate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_session_list`]

[`Client::client_session_list`]: super::Client::client_session_list*/
    #[derive(Debug, Clone)]
    pub struct ClientSessionList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ClientSessionListRequest, String>,
    }
    impl<'a> ClientSessionList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ClientSessionListRequest>,
            <V as std::convert::TryInto<
                types::ClientSessionListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ClientSessionListRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ClientSessionListRequest,
            ) -> types::builder::ClientSessionListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/client/session/list`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::ClientSessionListResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ClientSessionListRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/client/session/list", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_session_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_session_logout`]

[`Client::client_session_logout`]: super::Client::client_session_logout*/
    #[derive(Debug, Clone)]
    pub struct ClientSessionLogout<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ClientSessionLogoutRequest, String>,
    }
    impl<'a> ClientSessionLogout<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ClientSessionLogoutRequest>,
            <V as std::convert::TryInto<
                types::ClientSessionLogoutRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ClientSessionLogoutRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ClientSessionLogoutRequest,
            ) -> types::builder::ClientSessionLogoutRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/client/session/logout`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::EmptyResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ClientSessionLogoutRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/client/session/logout", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_session_logout",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_session_refresh`]

[`Client::client_session_refresh`]: super::Client::client_session_refresh*/
    #[derive(Debug, Clone)]
    pub struct ClientSessionRefresh<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SessionRefreshRequest, String>,
    }
    impl<'a> ClientSessionRefresh<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SessionRefreshRequest>,
            <V as std::convert::TryInto<
                types::SessionRefreshRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SessionRefreshRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SessionRefreshRequest,
            ) -> types::builder::SessionRefreshRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/client/session/refresh`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::UserinfoResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SessionRefreshRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/client/session/refresh", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_session_refresh",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_token_check`]

[`Client::client_token_check`]: super::Client::client_token_check*/
    #[derive(Debug, Clone)]
    pub struct ClientTokenCheck<'a> {
        client: &'a super::Client,
        body: Result<types::builder::TokenCheckRequest, String>,
    }
    impl<'a> ClientTokenCheck<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TokenCheckRequest>,
            <V as std::convert::TryInto<
                types::TokenCheckRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TokenCheckRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TokenCheckRequest,
            ) -> types::builder::TokenCheckRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/client/token/check`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::TokenInfoResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::TokenCheckRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/client/token/check", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_token_check",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::client_userinfo`]

[`Client::client_userinfo`]: super::Client::client_userinfo*/
    #[derive(Debug, Clone)]
    pub struct ClientUserinfo<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserinfoRequest, String>,
    }
    impl<'a> ClientUserinfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserinfoRequest>,
            <V as std::convert::TryInto<
                types::UserinfoRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserinfoRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserinfoRequest,
            ) -> types::builder::UserinfoRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/client/userinfo`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::UserinfoResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UserinfoRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/client/userinfo", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "client_userinfo",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::session_invalidate`]

[`Client::session_invalidate`]: super::Client::session_invalidate*/
    #[derive(Debug, Clone)]
    pub struct SessionInvalidate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SessionInvalidateRequest, String>,
    }
    impl<'a> SessionInvalidate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SessionInvalidateRequest>,
            <V as std::convert::TryInto<
                types::SessionInvalidateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SessionInvalidateRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SessionInvalidateRequest,
            ) -> types::builder::SessionInvalidateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/session/invalidate`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::EmptyResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SessionInvalidateRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/session/invalidate", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "session_invalidate",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::session_list`]

[`Client::session_list`]: super::Client::session_list*/
    #[derive(Debug, Clone)]
    pub struct SessionList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SessionListRequest, String>,
    }
    impl<'a> SessionList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SessionListRequest>,
            <V as std::convert::TryInto<
                types::SessionListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SessionListRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SessionListRequest,
            ) -> types::builder::SessionListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/session/list`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::SessionListResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SessionListRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/session/list", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "session_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::session_logout`]

[`Client::session_logout`]: super::Client::session_logout*/
    #[derive(Debug, Clone)]
    pub struct SessionLogout<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SessionLogoutRequest, String>,
    }
    impl<'a> SessionLogout<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SessionLogoutRequest>,
            <V as std::convert::TryInto<
                types::SessionLogoutRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SessionLogoutRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SessionLogoutRequest,
            ) -> types::builder::SessionLogoutRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/session/logout`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::EmptyResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SessionLogoutRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/session/logout", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "session_logout",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_authenticators_delete`]

[`Client::user_authenticators_delete`]: super::Client::user_authenticators_delete*/
    #[derive(Debug, Clone)]
    pub struct UserAuthenticatorsDelete<'a> {
        client: &'a super::Client,
        body: Result<types::AuthenticatorDeleteRequest, String>,
    }
    impl<'a> UserAuthenticatorsDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AuthenticatorDeleteRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AuthenticatorDeleteRequest` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v2/user/authenticators/delete`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::EmptyResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/authenticators/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_authenticators_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_authenticators_list`]

[`Client::user_authenticators_list`]: super::Client::user_authenticators_list*/
    #[derive(Debug, Clone)]
    pub struct UserAuthenticatorsList<'a> {
        client: &'a super::Client,
        body: Result<types::UserSelector, String>,
    }
    impl<'a> UserAuthenticatorsList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserSelector>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `UserSelector` for body failed".to_string());
            self
        }
        ///Sends a `POST` request to `/v2/user/authenticators/list`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::AuthenticatorListResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/authenticators/list", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_authenticators_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_create`]

[`Client::user_create`]: super::Client::user_create*/
    #[derive(Debug, Clone)]
    pub struct UserCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserCreateRequest, String>,
    }
    impl<'a> UserCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserCreateRequest>,
            <V as std::convert::TryInto<
                types::UserCreateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserCreateRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserCreateRequest,
            ) -> types::builder::UserCreateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/user/create`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::UserResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UserCreateRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/create", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_delete`]

[`Client::user_delete`]: super::Client::user_delete*/
    #[derive(Debug, Clone)]
    pub struct UserDelete<'a> {
        client: &'a super::Client,
        body: Result<types::UserSelector, String>,
    }
    impl<'a> UserDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserSelector>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `UserSelector` for body failed".to_string());
            self
        }
        ///Sends a `POST` request to `/v2/user/delete`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::EmptyResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_invite`]

[`Client::user_invite`]: super::Client::user_invite*/
    #[derive(Debug, Clone)]
    pub struct UserInvite<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InviteRequest, String>,
    }
    impl<'a> UserInvite<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InviteRequest>,
            <V as std::convert::TryInto<types::InviteRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `InviteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::InviteRequest,
            ) -> types::builder::InviteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/user/invite`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::InviteResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InviteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/invite", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_invite",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_invite_delete`]

[`Client::user_invite_delete`]: super::Client::user_invite_delete*/
    #[derive(Debug, Clone)]
    pub struct UserInviteDelete<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InviteDeleteRequest, String>,
    }
    impl<'a> UserInviteDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InviteDeleteRequest>,
            <V as std::convert::TryInto<
                types::InviteDeleteRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `InviteDeleteRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::InviteDeleteRequest,
            ) -> types::builder::InviteDeleteRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/user/invite/delete`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::EmptyResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InviteDeleteRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/invite/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_invite_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_invite_list`]

[`Client::user_invite_list`]: super::Client::user_invite_list*/
    #[derive(Debug, Clone)]
    pub struct UserInviteList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::InviteListRequest, String>,
    }
    impl<'a> UserInviteList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::InviteListRequest>,
            <V as std::convert::TryInto<
                types::InviteListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `InviteListRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::InviteListRequest,
            ) -> types::builder::InviteListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/user/invite/list`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::InviteListResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::InviteListRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/invite/list", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_invite_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_list`]

[`Client::user_list`]: super::Client::user_list*/
    #[derive(Debug, Clone)]
    pub struct UserList<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UserListRequest, String>,
    }
    impl<'a> UserList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserListRequest>,
            <V as std::convert::TryInto<
                types::UserListRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UserListRequest` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserListRequest,
            ) -> types::builder::UserListRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/user/list`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::UserListResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UserListRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/list", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_password_expire`]

[`Client::user_password_expire`]: super::Client::user_password_expire*/
    #[derive(Debug, Clone)]
    pub struct UserPasswordExpire<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PasswordExpireRequest, String>,
    }
    impl<'a> UserPasswordExpire<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PasswordExpireRequest>,
            <V as std::convert::TryInto<
                types::PasswordExpireRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PasswordExpireRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PasswordExpireRequest,
            ) -> types::builder::PasswordExpireRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/v2/user/password/expire`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::EmptyResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PasswordExpireRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/password/expire", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_password_expire",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_profile_get`]

[`Client::user_profile_get`]: super::Client::user_profile_get*/
    #[derive(Debug, Clone)]
    pub struct UserProfileGet<'a> {
        client: &'a super::Client,
        body: Result<types::UserSelector, String>,
    }
    impl<'a> UserProfileGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserSelector>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `UserSelector` for body failed".to_string());
            self
        }
        ///Sends a `POST` request to `/v2/user/profile/get`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::UserResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/profile/get", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_profile_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_profile_update`]

[`Client::user_profile_update`]: super::Client::user_profile_update*/
    #[derive(Debug, Clone)]
    pub struct UserProfileUpdate<'a> {
        client: &'a super::Client,
        body: Result<types::ProfileUpdateRequest, String>,
    }
    impl<'a> UserProfileUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ProfileUpdateRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `ProfileUpdateRequest` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v2/user/profile/update`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::UserResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/profile/update", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_profile_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::user_update`]

[`Client::user_update`]: super::Client::user_update*/
    #[derive(Debug, Clone)]
    pub struct UserUpdate<'a> {
        client: &'a super::Client,
        body: Result<types::UserUpdateRequest, String>,
    }
    impl<'a> UserUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserUpdateRequest>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `UserUpdateRequest` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/v2/user/update`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<crate::answers::UserResponse>,
            Error<types::ErrorEnvelope>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/v2/user/update", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "user_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                202u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
