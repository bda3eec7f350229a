//! The generated Rust types say exactly what `openapi/authn.yaml` says.
//!
//! For every request type, the JSON Schema that `schemars` derives from the Rust type is
//! reduced to a signature (property names, required names, closed or open, and each property's
//! type, pattern, enum values, minimum and nested shape) and compared with the same signature of
//! the description's schema. A field dropped, renamed, made optional, or given a looser type by
//! a generator change fails here.
//!
//! It lives in the workspace's unpublished `tests` crate because it reads
//! `openapi/authn.yaml`, which a packaged `authn-api` could not reach.

use std::collections::{BTreeMap, BTreeSet};

use authn_api::types;
use authn_tests::description;
use serde_json::Value;

/// A schema reduced to what a request type must agree on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Sig {
    Any,
    Bool,
    Number,
    Integer {
        minimum: Option<String>,
    },
    String {
        pattern: Option<String>,
        values: Option<BTreeSet<String>>,
        date_time: bool,
    },
    Array(Box<Sig>),
    Map(Box<Sig>),
    Object {
        properties: BTreeMap<String, Sig>,
        required: BTreeSet<String>,
        closed: bool,
        extra: Option<Box<Sig>>,
    },
    OneOf(BTreeSet<Sig>),
}

/// Where `$ref`s of one side resolve.
struct Side<'a> {
    root: &'a Value,
    prefix: &'a str,
}

impl Side<'_> {
    fn resolve<'v>(&'v self, schema: &'v Value) -> &'v Value {
        let mut schema = schema;
        for _ in 0..16 {
            let Some(reference) = schema.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let name = reference
                .strip_prefix(self.prefix)
                .unwrap_or_else(|| panic!("unexpected $ref {reference}"));
            schema = self
                .root
                .get(name)
                .unwrap_or_else(|| panic!("$ref {reference} does not resolve"));
        }
        schema
    }

    fn sig(&self, schema: &Value) -> Sig {
        let schema = self.resolve(schema);
        if schema == &Value::Bool(true) {
            return Sig::Any;
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            if let Some(variants) = schema.get(key).and_then(Value::as_array) {
                let set: BTreeSet<Sig> = variants
                    .iter()
                    .filter(|v| v.get("type").and_then(Value::as_str) != Some("null"))
                    .map(|v| self.sig(v))
                    .collect();
                return if set.len() == 1 {
                    set.into_iter().next().unwrap_or(Sig::Any)
                } else {
                    Sig::OneOf(set)
                };
            }
        }
        let ty = match schema.get("type") {
            Some(Value::String(t)) => Some(t.as_str()),
            // schemars writes nullable simple types as ["string", "null"].
            Some(Value::Array(types)) => types
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null"),
            _ => None,
        };
        match ty {
            Some("boolean") => Sig::Bool,
            Some("number") => Sig::Number,
            Some("integer") => Sig::Integer {
                minimum: schema
                    .get("minimum")
                    .and_then(Value::as_f64)
                    .map(|m| m.to_string()),
            },
            Some("string") => Sig::String {
                pattern: schema
                    .get("pattern")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                values: schema.get("enum").and_then(Value::as_array).map(|values| {
                    values
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                }),
                date_time: schema.get("format").and_then(Value::as_str) == Some("date-time"),
            },
            Some("array") => Sig::Array(Box::new(
                schema
                    .get("items")
                    .map_or(Sig::Any, |items| self.sig(items)),
            )),
            Some("object") | None if schema.get("properties").is_some() => self.object(schema),
            Some("object") => match schema.get("additionalProperties") {
                Some(Value::Bool(false)) => self.object(schema),
                None | Some(Value::Bool(true)) => Sig::Map(Box::new(Sig::Any)),
                Some(values) => Sig::Map(Box::new(self.sig(values))),
            },
            _ => Sig::Any,
        }
    }

    fn object(&self, schema: &Value) -> Sig {
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .map(|props| {
                props
                    .iter()
                    .map(|(k, v)| (k.clone(), self.sig(v)))
                    .collect()
            })
            .unwrap_or_default();
        let required = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|names| {
                names
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        // An open object and one whose extra keys may hold any value say the same thing.
        let (closed, extra) = match schema.get("additionalProperties") {
            Some(Value::Bool(false)) => (true, None),
            None | Some(Value::Bool(true)) => (false, None),
            Some(values) => match self.sig(values) {
                Sig::Any => (false, None),
                sig => (false, Some(Box::new(sig))),
            },
        };
        Sig::Object {
            properties,
            required,
            closed,
            extra,
        }
    }
}

fn described(name: &str) -> Sig {
    let mut spec = description();
    // The Rust types of these schemas do not check their pattern, by design (see
    // `xtask::UNCHECKED_PATTERN_TYPES`); `unchecked_patterns_are_the_listed_ones` pins that.
    for unchecked in xtask::UNCHECKED_PATTERN_TYPES {
        if let Some(schema) = spec["components"]["schemas"][unchecked].as_object_mut() {
            schema.remove("pattern");
        }
    }
    let schemas = &spec["components"]["schemas"];
    let side = Side {
        root: schemas,
        prefix: "#/components/schemas/",
    };
    side.sig(&schemas[name])
}

fn derived<T: schemars::JsonSchema>() -> Sig {
    let root = serde_json::to_value(schemars::schema_for!(T)).expect("a schema serialises");
    let definitions = root.get("definitions").cloned().unwrap_or(Value::Null);
    let side = Side {
        root: &definitions,
        prefix: "#/definitions/",
    };
    side.sig(&root)
}

macro_rules! agree {
    ($($test:ident: $ty:ident),* $(,)?) => {$(
        #[test]
        fn $test() {
            let described = described(stringify!($ty));
            let derived = derived::<types::$ty>();
            assert_eq!(
                derived, described,
                "types::{} does not say what openapi/authn.yaml says",
                stringify!($ty)
            );
        }
    )*};
}

agree! {
    userinfo_request: UserinfoRequest,
    password_change_request: PasswordChangeRequest,
    user_create_request: UserCreateRequest,
    user_selector: UserSelector,
    user_update_request: UserUpdateRequest,
    profile_update_request: ProfileUpdateRequest,
    authenticator_delete_request: AuthenticatorDeleteRequest,
    user_list_request: UserListRequest,
    user_filter: UserFilter,
    token_check_request: TokenCheckRequest,
    session_refresh_request: SessionRefreshRequest,
    client_session_logout_request: ClientSessionLogoutRequest,
    client_session_list_request: ClientSessionListRequest,
    client_session_invalidate_request: ClientSessionInvalidateRequest,
    jwks_request: JwksRequest,
    session_list_request: SessionListRequest,
    session_filter: SessionFilter,
    session_invalidate_request: SessionInvalidateRequest,
    session_logout_request: SessionLogoutRequest,
    invite_request: InviteRequest,
    invite_list_request: InviteListRequest,
    invite_filter: InviteFilter,
    invite_delete_request: InviteDeleteRequest,
    password_expire_request: PasswordExpireRequest,
}

#[test]
fn signatures_see_the_details_they_compare() {
    // Guard against a comparison that cannot fail: the signature must carry the constraints.
    let Sig::Object {
        properties,
        required,
        closed,
        ..
    } = described("UserListRequest")
    else {
        panic!("UserListRequest is an object");
    };
    assert!(closed);
    assert!(required.is_empty());
    assert_eq!(
        properties["size"],
        Sig::Integer {
            minimum: Some("1".into())
        }
    );
    let Sig::OneOf(variants) = described("UserSelector") else {
        panic!("UserSelector is a oneOf");
    };
    assert_eq!(variants.len(), 3);
    let Sig::Object { properties, .. } = described("UserCreateRequest") else {
        panic!("UserCreateRequest is an object");
    };
    assert_eq!(
        properties["email"],
        Sig::String {
            pattern: Some("^[0-9a-zA-Z+._-]+@[0-9a-zA-Z.-]+$".into()),
            values: None,
            date_time: false
        }
    );
    assert_ne!(described("UserCreateRequest"), described("UserinfoRequest"));
}

#[test]
fn unchecked_patterns_are_the_listed_ones() {
    // The description states the phone pattern; the generated type takes any string as is.
    let spec = description();
    for name in xtask::UNCHECKED_PATTERN_TYPES {
        assert!(
            spec["components"]["schemas"][name]["pattern"].is_string(),
            "{name} has no pattern to leave unchecked"
        );
    }
    let phone: types::Phone = serde_json::from_str(r#""call me""#).expect("unchecked");
    assert_eq!(phone.0, "call me");
    // Every other pattern of a request type is checked: here, the email.
    assert!(
        serde_json::from_str::<types::UserCreateRequest>(r#"{"email":"nope","profile":{}}"#)
            .is_err()
    );
}

#[test]
fn the_checked_phone_number_has_the_described_pattern() {
    // `strings::PhoneNumber` is how the emulator checks `phone`; `types::Phone` does not check.
    let spec = description();
    let derived = serde_json::to_value(schemars::schema_for!(authn_api::strings::PhoneNumber))
        .expect("a schema serialises");
    assert_eq!(
        derived["pattern"],
        spec["components"]["schemas"]["Phone"]["pattern"]
    );
    assert!(derived["pattern"].is_string());
}
