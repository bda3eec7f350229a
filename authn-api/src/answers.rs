//! The answers of the calls: the typed success envelope, or the untyped `Envelope` of any
//! other status (AuthN reports business failures with HTTP 200).
//!
//! The description says each answer is `oneOf: [XxxSuccess, Envelope]`, which typify turns
//! into a `#[serde(untagged)]` enum. Serde decodes such an enum by first buffering the whole
//! answer into an intermediate tree and then trying each variant against it: every answer was
//! parsed twice. `cargo xtask generate` replaces those enums with the ones below (see
//! `xtask::ANSWER_TYPES`), which have the same variants and schema but read the envelope once:
//! the `status` is read first (Pangea sends it before `result`), then `result` is decoded
//! straight into the typed result when the status is `Success`, or kept as JSON otherwise. A
//! `result` that comes before `status` is buffered, then decoded, so order does not matter.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::types::{
    AuthenticatorList, AuthenticatorListSuccess, ClientSessionList, ClientSessionListSuccess,
    EmptySuccess, Envelope, Invite, InviteList, InviteListSuccess, InviteSuccess, Jwks,
    JwksSuccess, SessionList, SessionListSuccess, SuccessStatus, TokenInfo, TokenInfoSuccess, User,
    UserList, UserListSuccess, UserSuccess, Userinfo, UserinfoSuccess,
};

/// The envelope fields, and `result` decoded as `T` (when the status is a success) or kept.
struct Parts<T> {
    request_id: String,
    request_time: String,
    response_time: String,
    status: String,
    summary: Option<String>,
    result: Slot<T>,
}

enum Slot<T> {
    Absent,
    Typed(T),
    Json(Value),
}

fn is_success(status: &str) -> bool {
    status.eq_ignore_ascii_case("success")
}

/// The envelope's keys. Read as an identifier, a key borrows the input; read as a `String`,
/// each was an allocation (six per answer).
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Key {
    RequestId,
    RequestTime,
    ResponseTime,
    Status,
    Summary,
    Result,
    #[serde(other)]
    Other,
}

struct PartsVisitor<T>(PhantomData<T>);

impl<'de, T: DeserializeOwned> Visitor<'de> for PartsVisitor<T> {
    type Value = Parts<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Pangea response envelope")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parts<T>, A::Error> {
        let mut request_id = None;
        let mut request_time = None;
        let mut response_time = None;
        let mut status: Option<String> = None;
        let mut summary = None;
        let mut result = Slot::Absent;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::RequestId => request_id = Some(map.next_value()?),
                Key::RequestTime => request_time = Some(map.next_value()?),
                Key::ResponseTime => response_time = Some(map.next_value()?),
                Key::Status => status = Some(map.next_value()?),
                Key::Summary => summary = map.next_value()?,
                Key::Result => {
                    result = match status.as_deref() {
                        Some(s) if is_success(s) => Slot::Typed(map.next_value()?),
                        _ => Slot::Json(map.next_value()?),
                    }
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let missing = |field: &'static str| de::Error::missing_field(field);
        let status = status.ok_or_else(|| missing("status"))?;
        // A `result` read before the status: decode it now.
        if is_success(&status)
            && let Slot::Json(value) = result
        {
            result = Slot::Typed(T::deserialize(value).map_err(de::Error::custom)?);
        }
        Ok(Parts {
            request_id: request_id.ok_or_else(|| missing("request_id"))?,
            request_time: request_time.ok_or_else(|| missing("request_time"))?,
            response_time: response_time.ok_or_else(|| missing("response_time"))?,
            status,
            summary,
            result,
        })
    }
}

impl<T: DeserializeOwned> Parts<T> {
    fn read<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(PartsVisitor(PhantomData))
    }

    fn into_envelope(self) -> Envelope {
        Envelope {
            request_id: self.request_id,
            request_time: self.request_time,
            response_time: self.response_time,
            status: self.status,
            summary: self.summary,
            result: match self.result {
                Slot::Json(Value::Null) | Slot::Absent => None,
                Slot::Json(value) => Some(value),
                // Only a success decodes `result` as typed; this arm is never taken.
                Slot::Typed(_) => None,
            },
        }
    }
}

macro_rules! answer {
    (
        $(#[$doc:meta])*
        $name:ident, $success:ident, $result:ty, |$r:ident| $take:expr
    ) => {
        $(#[$doc])*
        // The generated enums it replaces held the success inline; it is boxed here because
        // every call's future holds this value (and the generated code's decoding future holds
        // it twice): inline, a user answer made each call carry 432 bytes more, copied at each
        // step, for an allocation saved.
        #[derive(Clone, Debug, PartialEq)]
        pub enum $name {
            /// The call succeeded: the typed result.
            $success(Box<$success>),
            /// Any other status (a business failure, `Accepted`...), with `result` untyped.
            Envelope(Envelope),
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let parts = Parts::<$result>::read(deserializer)?;
                if !is_success(&parts.status) {
                    return Ok($name::Envelope(parts.into_envelope()));
                }
                let $r: Option<$result> = match parts.result {
                    Slot::Typed(result) => Some(result),
                    Slot::Absent | Slot::Json(_) => None,
                };
                Ok($name::$success(Box::new($success {
                    request_id: parts.request_id,
                    request_time: parts.request_time,
                    response_time: parts.response_time,
                    status: SuccessStatus::Success,
                    summary: parts.summary,
                    result: $take,
                })))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $name::$success(ok) => ok.serialize(serializer),
                    $name::Envelope(envelope) => envelope.serialize(serializer),
                }
            }
        }

        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> String {
                stringify!($name).to_string()
            }

            fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
                let variants = vec![generator.subschema_for::<$success>(), generator.subschema_for::<Envelope>()];
                schemars::schema::SchemaObject {
                    subschemas: Some(Box::new(schemars::schema::SubschemaValidation {
                        one_of: Some(variants),
                        ..Default::default()
                    })),
                    ..Default::default()
                }
                .into()
            }
        }

        impl From<$success> for $name {
            fn from(value: $success) -> Self {
                $name::$success(Box::new(value))
            }
        }

        impl From<Envelope> for $name {
            fn from(value: Envelope) -> Self {
                $name::Envelope(value)
            }
        }
    };
}

fn required<T, E: de::Error>(result: Option<T>) -> Result<T, E> {
    result.ok_or_else(|| E::missing_field("result"))
}

answer! {
    /// What user calls answer with HTTP 200 or 202.
    UserResponse, UserSuccess, User, |r| required::<_, D::Error>(r)?
}
answer! {
    /// What calls with an empty result answer with HTTP 200 or 202.
    EmptyResponse, EmptySuccess, Option<serde_json::Map<String, Value>>, |r| r.flatten()
}
answer! {
    /// What `user/list` answers with HTTP 200 or 202.
    UserListResponse, UserListSuccess, UserList, |r| required::<_, D::Error>(r)?
}
answer! {
    /// What `user/authenticators/list` answers with HTTP 200 or 202.
    AuthenticatorListResponse, AuthenticatorListSuccess, AuthenticatorList, |r| required::<_, D::Error>(r)?
}
answer! {
    /// What `client/userinfo` answers with HTTP 200 or 202.
    UserinfoResponse, UserinfoSuccess, Userinfo, |r| required::<_, D::Error>(r)?
}
answer! {
    /// What `client/token/check` answers with HTTP 200 or 202.
    TokenInfoResponse, TokenInfoSuccess, TokenInfo, |r| required::<_, D::Error>(r)?
}
answer! {
    /// What `session/list` answers with HTTP 200 or 202.
    SessionListResponse, SessionListSuccess, SessionList, |r| required::<_, D::Error>(r)?
}
answer! {
    /// What `client/session/list` answers with HTTP 200 or 202.
    ClientSessionListResponse, ClientSessionListSuccess, ClientSessionList, |r| required::<_, D::Error>(r)?
}
answer! {
    /// What `client/jwks` answers with HTTP 200 or 202.
    JwksResponse, JwksSuccess, Jwks, |r| required::<_, D::Error>(r)?
}
answer! {
    /// What `user/invite` answers with HTTP 200 or 202.
    InviteResponse, InviteSuccess, Invite, |r| required::<_, D::Error>(r)?
}
answer! {
    /// What `user/invite/list` answers with HTTP 200 or 202.
    InviteListResponse, InviteListSuccess, InviteList, |r| required::<_, D::Error>(r)?
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn user() -> Value {
        json!({"id": "pui_1", "email": "a@b.c", "profile": {}, "verified": true})
    }

    fn envelope(status: &str, result: Value) -> Value {
        json!({"request_id": "prq_1", "request_time": "t0", "response_time": "t1", "status": status, "summary": "s", "result": result})
    }

    #[test]
    fn success_decodes_typed_in_either_field_order() {
        let status_first = r#"{"request_id":"prq_1","request_time":"t0","response_time":"t1","status":"Success","result":{"id":"pui_1","email":"a@b.c","profile":{},"verified":true}}"#;
        let result_first = r#"{"result":{"id":"pui_1","email":"a@b.c","profile":{},"verified":true},"request_id":"prq_1","request_time":"t0","response_time":"t1","status":"success"}"#;
        for text in [status_first, result_first] {
            let UserResponse::UserSuccess(ok) = serde_json::from_str(text).expect("decodes") else {
                panic!("typed success expected for {text}");
            };
            assert_eq!(ok.result.id, "pui_1");
            assert_eq!(ok.request_id, "prq_1");
        }
    }

    #[test]
    fn unknown_and_escaped_keys_are_read_as_json_reads_them() {
        // An unknown key of any shape is skipped; an escaped key is the key it spells.
        let text = r#"{"trace":{"spans":[1,{"a":null}]},"request\u005fid":"prq_1","request_time":"t0","response_time":"t1","status":"Success","summary":null,"result":{"id":"pui_1","email":"a@b.c","profile":{},"verified":true},"zzz":"x"}"#;
        let UserResponse::UserSuccess(ok) = serde_json::from_str(text).expect("decodes") else {
            panic!("typed success expected");
        };
        assert_eq!(
            (ok.request_id.as_str(), ok.summary.as_deref()),
            ("prq_1", None)
        );
        assert_eq!(ok.result.id, "pui_1");
        // Missing keys are still named.
        let err = serde_json::from_str::<UserResponse>(
            r#"{"status":"Success","request_time":"t0","response_time":"t1"}"#,
        )
        .expect_err("request_id is required");
        assert!(
            err.to_string().contains("missing field `request_id`"),
            "{err}"
        );
    }

    #[test]
    fn other_statuses_keep_their_result_untyped() {
        let answer: UserResponse =
            serde_json::from_value(envelope("DisabledUser", json!({"x": 1}))).expect("decodes");
        let UserResponse::Envelope(e) = answer else {
            panic!("untyped envelope expected")
        };
        assert_eq!(
            (e.status.as_str(), e.result),
            ("DisabledUser", Some(json!({"x": 1})))
        );
        let answer: EmptyResponse =
            serde_json::from_value(envelope("Accepted", Value::Null)).expect("decodes");
        assert!(matches!(
            answer,
            EmptyResponse::Envelope(Envelope { result: None, .. })
        ));
    }

    #[test]
    fn a_success_whose_result_has_the_wrong_shape_is_an_error() {
        for result in [Value::Null, json!({"id": 5}), json!([])] {
            assert!(
                serde_json::from_value::<UserResponse>(envelope("Success", result.clone()))
                    .is_err(),
                "{result}"
            );
        }
        assert!(serde_json::from_value::<UserResponse>(json!({"request_id": "prq_1", "request_time": "t0", "response_time": "t1", "status": "Success"})).is_err());
        assert!(
            serde_json::from_value::<UserResponse>(json!({"status": "Success", "result": user()}))
                .is_err(),
            "envelope fields are required"
        );
    }

    #[test]
    fn empty_results_decode_from_object_null_or_absent_and_round_trip() {
        for result in [json!({}), Value::Null] {
            let answer: EmptyResponse =
                serde_json::from_value(envelope("Success", result)).expect("decodes");
            assert!(matches!(answer, EmptyResponse::EmptySuccess(_)));
        }
        let answer: EmptyResponse = serde_json::from_value(json!({"request_id": "prq_1", "request_time": "t0", "response_time": "t1", "status": "Success"})).expect("absent result");
        let EmptyResponse::EmptySuccess(ok) = &answer else {
            panic!("success expected")
        };
        assert_eq!(ok.result, None);
        let again: EmptyResponse =
            serde_json::from_value(serde_json::to_value(&answer).expect("serialises"))
                .expect("decodes");
        assert_eq!(again, answer);
        assert!(serde_json::from_value::<EmptyResponse>(envelope("Success", json!([1]))).is_err());
    }
}
