//! The one place where the generated client's types become the SDK's own: results, enums and
//! answers. Nothing else in the SDK reads a generated result type.
//!
//! The conversions go through the crate-private [`Own`] trait rather than `From`, because a
//! `From` impl is public: it would put the generated types into the SDK's public API.

use authn_api::types as g;

use crate::model::{
    Authenticator, AuthenticatorType, DomainIntelligence, Geolocation, Intelligence,
    IpIntelligence, ItemOrder, LoginToken, Reputation, TokenInfo, TokenType, User, UserList,
    Userinfo, Verdict,
};
use crate::response::Response;
use crate::token::{ActiveToken, RefreshToken};

/// Turns a generated value into the SDK's own (or the other way, for request enums).
pub(crate) trait Own<T> {
    fn own(self) -> T;
}

impl<G: Own<T>, T> Own<Option<T>> for Option<G> {
    fn own(self) -> Option<T> {
        self.map(Own::own)
    }
}

impl<G: Own<T>, T> Own<Vec<T>> for Vec<G> {
    fn own(self) -> Vec<T> {
        self.into_iter().map(Own::own).collect()
    }
}

impl Own<User> for g::User {
    fn own(self) -> User {
        User {
            id: self.id,
            email: self.email,
            username: self.username,
            profile: self.profile.0,
            verified: self.verified,
            disabled: self.disabled,
            locked_out: self.locked_out,
            phone: self.phone,
            created_at: self.created_at,
            last_login_at: self.last_login_at,
            last_login_ip: self.last_login_ip,
            last_login_city: self.last_login_city,
            last_login_country: self.last_login_country,
            login_count: self.login_count,
            accepted_eula_id: self.accepted_eula_id,
            accepted_privacy_policy_id: self.accepted_privacy_policy_id,
            groups: self.groups,
            authenticators: self.authenticators.own(),
        }
    }
}

impl Own<UserList> for g::UserList {
    fn own(self) -> UserList {
        UserList {
            users: self.users.own(),
            count: self.count,
            last: self.last,
        }
    }
}

impl Own<Authenticator> for g::Authenticator {
    fn own(self) -> Authenticator {
        Authenticator {
            id: self.id,
            kind: self.type_.own(),
            enabled: self.enabled,
            created_at: self.created_at,
            updated_at: self.updated_at,
            phase: self.phase,
            provider: self.provider,
            provider_name: self.provider_name,
            rpid: self.rpid,
            state: self.state,
            enrolling_browser: self.enrolling_browser,
            enrolling_ip: self.enrolling_ip,
        }
    }
}

/// An open enum of the generated client (`KnownX(..)` or `Other(String)`) to the SDK's.
macro_rules! open_enum_from {
    ($generated:ident :: $known:ident => $ours:ident) => {
        impl Own<$ours> for g::$generated {
            fn own(self) -> $ours {
                match self {
                    g::$generated::$known(known) => $ours::from(known.to_string()),
                    g::$generated::Other(other) => $ours::from(other),
                }
            }
        }
    };
}
open_enum_from!(AuthenticatorType::KnownAuthenticatorType => AuthenticatorType);
open_enum_from!(TokenType::KnownTokenType => TokenType);
open_enum_from!(Verdict::KnownVerdict => Verdict);

impl Own<Userinfo> for g::Userinfo {
    fn own(self) -> Userinfo {
        Userinfo {
            active_token: self
                .active_token
                .map(|t| login_token(t, |s| ActiveToken::new(s.expose_secret()))),
            refresh_token: login_token(self.refresh_token, |s| {
                RefreshToken::new(s.expose_secret())
            }),
        }
    }
}

/// The `TokenInfo` of a generated token type: `LoginToken` and `TokenInfo` share these fields.
macro_rules! token_info {
    ($t:expr) => {{
        let t = $t;
        TokenInfo {
            id: t.id,
            kind: t.type_.own(),
            identity: t.identity,
            email: t.email,
            life: t.life,
            expire: t.expire,
            created_at: t.created_at,
            profile: t.profile.0,
            scopes: t.scopes,
            audience: t.audience,
            client_id: t.client_id,
            enabled: t.enabled,
            claims: t.claims,
            intelligence: t.intelligence.own(),
        }
    }};
}

fn login_token<T>(
    t: g::LoginToken,
    token: impl FnOnce(&authn_api::strings::TokenValue) -> T,
) -> LoginToken<T> {
    LoginToken {
        token: token(&t.token),
        info: token_info!(t),
    }
}

impl Own<TokenInfo> for g::TokenInfo {
    fn own(self) -> TokenInfo {
        token_info!(self)
    }
}

impl Own<Intelligence> for g::Intelligence {
    fn own(self) -> Intelligence {
        Intelligence {
            embargo: self.embargo,
            user_intel: self.user_intel,
            ip_intel: self.ip_intel.map(|ip| IpIntelligence {
                is_bad: ip.is_bad,
                is_proxy: ip.is_proxy,
                is_vpn: ip.is_vpn,
                geolocation: ip.geolocation.map(|g| Geolocation {
                    city: g.city,
                    country: g.country,
                    country_code: g.country_code,
                    postal_code: g.postal_code,
                    latitude: g.latitude,
                    longitude: g.longitude,
                }),
                reputation: ip.reputation.own(),
            }),
            domain_intel: self.domain_intel.map(|d| DomainIntelligence {
                is_bad: d.is_bad,
                reputation: d.reputation.own(),
            }),
        }
    }
}

impl Own<Reputation> for g::Reputation {
    fn own(self) -> Reputation {
        Reputation {
            verdict: self.verdict.own(),
            score: self.score,
            category: self.category,
        }
    }
}

impl Own<g::ItemOrder> for ItemOrder {
    fn own(self) -> g::ItemOrder {
        match self {
            ItemOrder::Asc => g::ItemOrder::Asc,
            ItemOrder::Desc => g::ItemOrder::Desc,
        }
    }
}

/// A generated `XxxResponse`: the typed success envelope, or the untyped one.
pub(crate) trait Answer: Sized {
    /// The SDK's type of the result.
    type Success;

    /// The success, converted, or the untyped envelope of any other status.
    fn split(self) -> Result<Response<Self::Success>, Box<g::Envelope>>;
}

macro_rules! answer {
    ($response:ident :: $success:ident => $result:ty, |$r:ident| $convert:expr) => {
        impl $crate::convert::Answer for authn_api::$response {
            type Success = $result;

            fn split(self) -> Result<$crate::Response<$result>, Box<authn_api::types::Envelope>> {
                match self {
                    authn_api::$response::$success(ok) => {
                        let ok = *ok;
                        Ok($crate::Response {
                            request_id: ok.request_id,
                            request_time: ok.request_time,
                            response_time: ok.response_time,
                            status: $crate::PangeaStatus::Success,
                            summary: ok.summary,
                            result: {
                                let $r = ok.result;
                                $convert
                            },
                        })
                    }
                    authn_api::$response::Envelope(envelope) => Err(Box::new(envelope)),
                }
            }
        }
    };
}

pub(crate) use answer;

answer!(UserResponse::UserSuccess => User, |r| r.own());
answer!(UserListResponse::UserListSuccess => UserList, |r| r.own());
answer!(UserinfoResponse::UserinfoSuccess => Userinfo, |r| r.own());
answer!(
    AuthenticatorListResponse::AuthenticatorListSuccess => Vec<Authenticator>,
    |r| r.authenticators.own()
);

/// `Deserialize` for the SDK's result types, through the generated type and [`Own`], so that
/// they decode Pangea's JSON exactly as the calls do.
macro_rules! deserialize_through {
    ($($ours:ident => $generated:ident,)*) => {$(
        impl<'de> serde::Deserialize<'de> for $ours {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <g::$generated as serde::Deserialize>::deserialize(deserializer).map(Own::own)
            }
        }
    )*};
}
deserialize_through! {
    User => User,
    UserList => UserList,
    Authenticator => Authenticator,
    Userinfo => Userinfo,
}
answer!(EmptyResponse::EmptySuccess => (), |r| {
    let _ = r;
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_generated_values_convert_to_the_same_variants_as_parsing() {
        let known: AuthenticatorType =
            g::AuthenticatorType::KnownAuthenticatorType(g::KnownAuthenticatorType::SmsOtp).own();
        assert_eq!(known, AuthenticatorType::SmsOtp);
        // A value the generated enum has no variant for, but the SDK has, is the SDK's variant.
        let other: AuthenticatorType = g::AuthenticatorType::Other("totp".into()).own();
        assert_eq!(other, AuthenticatorType::Totp);
        let new: AuthenticatorType = g::AuthenticatorType::Other("webauthn2".into()).own();
        assert_eq!(new, "webauthn2");
        let token: TokenType =
            g::TokenType::KnownTokenType(g::KnownTokenType::ServiceAccountClient).own();
        assert_eq!(token, TokenType::ServiceAccountClient);
    }
}
