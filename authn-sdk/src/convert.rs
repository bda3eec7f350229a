//! The one place where the generated client's types become the SDK's own: results, enums and
//! answers. Nothing else in the SDK reads a generated result type.

use authn_api::types as g;

use crate::error::PangeaStatus;
use crate::model::{
    Authenticator, AuthenticatorType, DomainIntelligence, Geolocation, Intelligence,
    IpIntelligence, ItemOrder, LoginToken, Reputation, TokenType, User, UserList, Userinfo,
    Verdict,
};
use crate::response::Response;
use crate::token::{ActiveToken, RefreshToken};

impl From<g::User> for User {
    fn from(u: g::User) -> Self {
        Self {
            id: u.id,
            email: u.email,
            username: u.username,
            profile: u.profile.0,
            verified: u.verified,
            disabled: u.disabled,
            locked_out: u.locked_out,
            phone: u.phone,
            created_at: u.created_at,
            last_login_at: u.last_login_at,
            last_login_ip: u.last_login_ip,
            last_login_city: u.last_login_city,
            last_login_country: u.last_login_country,
            login_count: u.login_count,
            accepted_eula_id: u.accepted_eula_id,
            accepted_privacy_policy_id: u.accepted_privacy_policy_id,
            groups: u.groups,
            authenticators: u.authenticators.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<g::UserList> for UserList {
    fn from(list: g::UserList) -> Self {
        Self {
            users: list.users.into_iter().map(Into::into).collect(),
            count: list.count,
            last: list.last,
        }
    }
}

impl From<g::Authenticator> for Authenticator {
    fn from(a: g::Authenticator) -> Self {
        Self {
            id: a.id,
            kind: a.type_.into(),
            enabled: a.enabled,
            created_at: a.created_at,
            updated_at: a.updated_at,
            phase: a.phase,
            provider: a.provider,
            provider_name: a.provider_name,
            rpid: a.rpid,
            state: a.state,
            enrolling_browser: a.enrolling_browser,
            enrolling_ip: a.enrolling_ip,
        }
    }
}

/// An open enum of the generated client (`KnownX(..)` or `Other(String)`) to the SDK's.
macro_rules! open_enum_from {
    ($generated:ident :: $known:ident => $ours:ident) => {
        impl From<g::$generated> for $ours {
            fn from(value: g::$generated) -> Self {
                match value {
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

impl From<g::Userinfo> for Userinfo {
    fn from(info: g::Userinfo) -> Self {
        Self {
            active_token: info
                .active_token
                .map(|t| login_token(t, |s| ActiveToken::new(s.expose_secret()))),
            refresh_token: login_token(info.refresh_token, |s| {
                RefreshToken::new(s.expose_secret())
            }),
        }
    }
}

fn login_token<T>(
    t: g::LoginToken,
    token: impl FnOnce(&authn_api::strings::TokenValue) -> T,
) -> LoginToken<T> {
    LoginToken {
        token: token(&t.token),
        id: t.id,
        kind: t.type_.into(),
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
        intelligence: t.intelligence.map(Into::into),
    }
}

impl From<g::Intelligence> for Intelligence {
    fn from(i: g::Intelligence) -> Self {
        Self {
            embargo: i.embargo,
            user_intel: i.user_intel,
            ip_intel: i.ip_intel.map(|ip| IpIntelligence {
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
                reputation: ip.reputation.map(Into::into),
            }),
            domain_intel: i.domain_intel.map(|d| DomainIntelligence {
                is_bad: d.is_bad,
                reputation: d.reputation.map(Into::into),
            }),
        }
    }
}

impl From<g::Reputation> for Reputation {
    fn from(r: g::Reputation) -> Self {
        Self {
            verdict: r.verdict.map(Into::into),
            score: r.score,
            category: r.category,
        }
    }
}

impl From<ItemOrder> for g::ItemOrder {
    fn from(order: ItemOrder) -> Self {
        match order {
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
        impl Answer for authn_api::$response {
            type Success = $result;

            fn split(self) -> Result<Response<$result>, Box<g::Envelope>> {
                match self {
                    authn_api::$response::$success(ok) => {
                        let ok = *ok;
                        Ok(Response {
                            request_id: ok.request_id,
                            request_time: ok.request_time,
                            response_time: ok.response_time,
                            status: PangeaStatus::Success,
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

answer!(UserResponse::UserSuccess => User, |r| r.into());
answer!(UserListResponse::UserListSuccess => UserList, |r| r.into());
answer!(UserinfoResponse::UserinfoSuccess => Userinfo, |r| r.into());
answer!(
    AuthenticatorListResponse::AuthenticatorListSuccess => Vec<Authenticator>,
    |r| r.authenticators.into_iter().map(Into::into).collect()
);
answer!(EmptyResponse::EmptySuccess => (), |r| {
    let _ = r;
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown_generated_values_convert_to_the_same_variants_as_parsing() {
        let known: AuthenticatorType =
            g::AuthenticatorType::KnownAuthenticatorType(g::KnownAuthenticatorType::SmsOtp).into();
        assert_eq!(known, AuthenticatorType::SmsOtp);
        // A value the generated enum has no variant for, but the SDK has, is the SDK's variant.
        let other: AuthenticatorType = g::AuthenticatorType::Other("totp".into()).into();
        assert_eq!(other, AuthenticatorType::Totp);
        let new: AuthenticatorType = g::AuthenticatorType::Other("webauthn2".into()).into();
        assert_eq!(new, "webauthn2");
        let token: TokenType =
            g::TokenType::KnownTokenType(g::KnownTokenType::ServiceAccountClient).into();
        assert_eq!(token, TokenType::ServiceAccountClient);
    }
}
