//! Request validation, field by field, the way the real service reports it.
//!
//! Each operation's body is described by a small table (its fields, their kinds, which are
//! required, and whether the user is selected by exactly one of `id`/`email`/`username`). A body
//! is checked against it and every problem is reported as a `result.errors[]` entry with a code
//! from Pangea's list and a JSON pointer to the offending field. Patterns are checked with the
//! same `authn_api::strings` types the client uses, so the two cannot disagree. A test compares
//! each table with `openapi/authn.yaml`.
//!
//! Details never quote the value of a field, since some fields are secrets.

use authn_api::strings;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::list::{self, MAX_PAGE_SIZE};
use crate::store::{FieldProblem, Refusal};

/// What a field holds.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A string checked by one of the `authn_api::strings` types (or any string).
    Text(Check),
    /// A boolean.
    Bool,
    /// An integer of at least `min`.
    Int { min: i64 },
    /// An object of string values.
    StringMap,
    /// An object of string or `null` values.
    NullableStringMap,
    /// The `user/list` filter object (its keys are checked by the list module).
    Filter,
    /// One of these strings.
    Enum(&'static [&'static str]),
}

/// Which pattern a string must match.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    Any,
    Identity,
    Email,
    Username,
    AuthenticatorId,
    FlowId,
    LoginCode,
    UserToken,
    Phone,
}

impl Check {
    /// `None` when `value` is fine, else the pattern it breaks.
    fn problem(self, value: &str) -> Option<String> {
        fn err<T>(r: Result<T, strings::InvalidString>) -> Option<String> {
            r.err().map(|e| e.pattern().to_string())
        }
        match self {
            Check::Any => None,
            Check::Identity => err(strings::Identity::new(value)),
            Check::Email => err(strings::Email::new(value)),
            Check::Username => err(strings::Username::new(value)),
            Check::AuthenticatorId => err(strings::AuthenticatorId::new(value)),
            Check::FlowId => err(strings::FlowId::new(value)),
            Check::LoginCode => err(strings::LoginCode::new(value)),
            Check::UserToken => err(strings::UserToken::new(value)),
            // The description's `Phone` pattern (E.164, dashes tolerated as in Pangea's example).
            Check::Phone => err(strings::PhoneNumber::new(value)),
        }
    }
}

/// One field of a request body.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Its name.
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Whether it must be present.
    pub required: bool,
}

const fn field(name: &'static str, kind: Kind, required: bool) -> Field {
    Field {
        name,
        kind,
        required,
    }
}

/// The body of one operation.
#[derive(Debug, Clone, Copy)]
pub struct BodySpec {
    /// Its fields, besides the selector.
    pub fields: &'static [Field],
    /// Whether the user is selected by exactly one of `id`, `email`, `username`.
    pub selector: bool,
}

/// The selector fields.
pub const SELECTOR: [Field; 3] = [
    field("id", Kind::Text(Check::Identity), false),
    field("email", Kind::Text(Check::Email), false),
    field("username", Kind::Text(Check::Username), false),
];

/// The order_by values of the official description. Any other string is accepted, as the
/// description's open enum says, and the list keeps its default order (see `list`).
pub const ORDER_BY: &[&str] = &[
    "id",
    "created_at",
    "last_login_at",
    "last_login_ip",
    "login_count",
    "email",
    "accepted_eula_id",
    "accepted_privacy_policy_id",
];

pub const USERINFO: BodySpec = BodySpec {
    fields: &[
        field("code", Kind::Text(Check::LoginCode), true),
        field("flow_id", Kind::Text(Check::FlowId), false),
    ],
    selector: false,
};
pub const PASSWORD_CHANGE: BodySpec = BodySpec {
    fields: &[
        field("token", Kind::Text(Check::UserToken), true),
        field("old_password", Kind::Text(Check::Any), true),
        field("new_password", Kind::Text(Check::Any), true),
    ],
    selector: false,
};
pub const USER_CREATE: BodySpec = BodySpec {
    fields: &[
        field("email", Kind::Text(Check::Email), true),
        field("profile", Kind::StringMap, true),
        field("username", Kind::Text(Check::Username), false),
    ],
    selector: false,
};
pub const USER_SELECTOR: BodySpec = BodySpec {
    fields: &[],
    selector: true,
};
pub const USER_UPDATE: BodySpec = BodySpec {
    fields: &[
        field("disabled", Kind::Bool, false),
        field("unlock", Kind::Bool, false),
        field("phone", Kind::Text(Check::Phone), false),
    ],
    selector: true,
};
pub const PROFILE_UPDATE: BodySpec = BodySpec {
    fields: &[field("profile", Kind::NullableStringMap, true)],
    selector: true,
};
pub const AUTHENTICATOR_DELETE: BodySpec = BodySpec {
    fields: &[field(
        "authenticator_id",
        Kind::Text(Check::AuthenticatorId),
        true,
    )],
    selector: true,
};
pub const USER_LIST: BodySpec = BodySpec {
    fields: &[
        field("filter", Kind::Filter, false),
        field("last", Kind::Text(Check::Any), false),
        field("order", Kind::Enum(&["asc", "desc"]), false),
        field("order_by", Kind::Text(Check::Any), false),
        field("size", Kind::Int { min: 1 }, false),
    ],
    selector: false,
};

fn pointer(name: &str) -> String {
    format!("/{}", name.replace('~', "~0").replace('/', "~1"))
}

fn kind_problem(name: &str, kind: Kind, value: &Value) -> Option<FieldProblem> {
    let at = pointer(name);
    let wrong = |code: &'static str, what: &str| {
        Some(FieldProblem::new(
            code,
            &at,
            format!("{name} must be {what}"),
        ))
    };
    match kind {
        Kind::Text(check) => match value.as_str() {
            None => wrong("InvalidString", "a string"),
            Some(s) => check.problem(s).map(|pattern| {
                FieldProblem::new(
                    "DoesNotMatchPattern",
                    &at,
                    format!("{name} does not match {pattern}"),
                )
            }),
        },
        Kind::Bool => (!value.is_boolean())
            .then(|| FieldProblem::new("InvalidBool", &at, format!("{name} must be a boolean"))),
        Kind::Int { min } => match value.as_i64() {
            None if value.is_u64() => wrong(
                "NotWithinRange",
                &format!("between {min} and {MAX_PAGE_SIZE}"),
            ),
            // An integer too large for 64 bits (such as 1e30) is read as a float: it is an
            // integer out of range, not a non-integer.
            None if value
                .as_f64()
                .is_some_and(|f| f.fract() == 0.0 && f.abs() >= 9.2e18) =>
            {
                wrong(
                    "NotWithinRange",
                    &format!("between {min} and {MAX_PAGE_SIZE}"),
                )
            }
            None => wrong("InvalidInteger", "an integer"),
            Some(n) if n < min => wrong("NotWithinRange", &format!("at least {min}")),
            Some(_) => None,
        },
        Kind::StringMap | Kind::NullableStringMap | Kind::Filter => match value.as_object() {
            None => wrong("InvalidObject", "an object"),
            Some(map) if !matches!(kind, Kind::Filter) => map.iter().find_map(|(key, v)| {
                let ok = v.is_string() || (matches!(kind, Kind::NullableStringMap) && v.is_null());
                (!ok).then(|| {
                    let what = if matches!(kind, Kind::NullableStringMap) {
                        "a string or null"
                    } else {
                        "a string"
                    };
                    FieldProblem::new(
                        "InvalidString",
                        format!("{at}{}", pointer(key)),
                        format!("{name}.{key} must be {what}"),
                    )
                })
            }),
            // The filter's keys are checked one by one by the list module.
            Some(_) => None,
        },
        Kind::Enum(values) => match value.as_str() {
            None => wrong("InvalidString", "a string"),
            Some(s) if values.contains(&s) => None,
            Some(_) => wrong("NotEnumMember", &format!("one of {}", values.join(", "))),
        },
    }
}

/// Checks `body` against `spec`, returning every problem found.
pub fn check(spec: &BodySpec, body: &Value) -> Vec<FieldProblem> {
    let Some(object) = body.as_object() else {
        return vec![FieldProblem::new(
            "InvalidObject",
            "",
            "the request body must be a JSON object",
        )];
    };
    let mut problems = Vec::new();
    let all: Vec<&Field> = spec
        .fields
        .iter()
        .chain(if spec.selector {
            SELECTOR.iter()
        } else {
            [].iter()
        })
        .collect();
    for key in object.keys() {
        if !all.iter().any(|f| f.name == key) {
            problems.push(FieldProblem::new(
                "UnexpectedProperty",
                pointer(key),
                format!("{key} is not a field of this request"),
            ));
        }
    }
    for f in &all {
        match object.get(f.name) {
            None if f.required => {
                problems.push(FieldProblem::new(
                    "FieldRequired",
                    pointer(f.name),
                    format!("{} is required", f.name),
                ));
            }
            None => {}
            Some(value) => match (f.kind, value.as_object()) {
                (Kind::Filter, Some(filter)) => problems.extend(list::filter_problems(filter)),
                _ => problems.extend(kind_problem(f.name, f.kind, value)),
            },
        }
    }
    if spec.selector {
        let given: Vec<&str> = SELECTOR
            .iter()
            .map(|f| f.name)
            .filter(|n| object.contains_key(*n))
            .collect();
        match given.len() {
            0 => problems.push(FieldProblem::new(
                "MustProvideOne",
                "",
                "give exactly one of id, email or username",
            )),
            1 => {}
            _ => problems.push(FieldProblem::new(
                "MutuallyExclusive",
                pointer(given[1]),
                format!(
                    "give only one of id, email or username, not {}",
                    given.join(" and ")
                ),
            )),
        }
    }
    problems
}

/// Parses `bytes` as JSON, checks it against `spec`, and decodes it into the generated type.
pub fn parse<T: DeserializeOwned>(spec: &BodySpec, bytes: &[u8]) -> Result<T, Refusal> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        Refusal::Invalid(vec![FieldProblem::new(
            "InvalidObject",
            "",
            format!(
                "the request body is not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            ),
        )])
    })?;
    let problems = check(spec, &value);
    if !problems.is_empty() {
        return Err(Refusal::Invalid(problems));
    }
    serde_json::from_value(value).map_err(|_| {
        Refusal::Invalid(vec![FieldProblem::new(
            "InvalidObject",
            "",
            "the request body does not have the documented shape",
        )])
    })
}

/// The property names (selector included) and required names of a spec, for the agreement test.
pub fn shape(spec: &BodySpec) -> (Vec<&'static str>, Vec<&'static str>) {
    let mut names: Vec<&str> = spec.fields.iter().map(|f| f.name).collect();
    let required: Vec<&str> = spec
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name)
        .collect();
    if spec.selector {
        names.extend(SELECTOR.iter().map(|f| f.name));
    }
    (names, required)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn codes(spec: &BodySpec, body: Value) -> Vec<(&'static str, String)> {
        check(spec, &body)
            .into_iter()
            .map(|p| (p.code, p.source))
            .collect()
    }

    #[test]
    fn selector_needs_exactly_one_key() {
        assert_eq!(
            codes(&USER_SELECTOR, json!({})),
            vec![("MustProvideOne", String::new())]
        );
        assert_eq!(
            codes(&USER_SELECTOR, json!({"id": "pui_1", "email": "a@b.c"})),
            vec![("MutuallyExclusive", "/email".to_string())]
        );
        assert!(codes(&USER_SELECTOR, json!({"username": "joe"})).is_empty());
    }

    #[test]
    fn reports_missing_unknown_wrong_type_and_pattern() {
        assert_eq!(
            codes(
                &USER_CREATE,
                json!({"email": "nope", "profile": {"a": 1}, "extra": true})
            ),
            vec![
                ("UnexpectedProperty", "/extra".to_string()),
                ("DoesNotMatchPattern", "/email".to_string()),
                ("InvalidString", "/profile/a".to_string()),
            ]
        );
        assert_eq!(
            codes(&USER_CREATE, json!({"email": "a@b.c"})),
            vec![("FieldRequired", "/profile".to_string())]
        );
        assert_eq!(
            codes(&USER_LIST, json!({"size": 0})),
            vec![("NotWithinRange", "/size".to_string())]
        );
        assert_eq!(
            codes(&USER_LIST, json!({"size": "10"})),
            vec![("InvalidInteger", "/size".to_string())]
        );
        assert_eq!(
            codes(&USER_LIST, json!({"order": "up", "order_by": "name"})),
            vec![("NotEnumMember", "/order".to_string())]
        );
        assert_eq!(
            codes(&USER_UPDATE, json!({"id": "pui_1", "disabled": "yes"})),
            vec![("InvalidBool", "/disabled".to_string())]
        );
        assert_eq!(
            codes(&USER_CREATE, json!([1])),
            vec![("InvalidObject", String::new())]
        );
    }

    #[test]
    fn sizes_too_large_for_64_bits_are_out_of_range_and_fractions_not_integers() {
        for size in [
            json!(1e30),
            json!(-1e30),
            json!(18_446_744_073_709_551_615u64),
        ] {
            assert_eq!(
                codes(&USER_LIST, json!({ "size": size })),
                vec![("NotWithinRange", "/size".to_string())],
                "{size}"
            );
        }
        for size in [json!(1.5), json!(1.0), json!(null)] {
            assert_eq!(
                codes(&USER_LIST, json!({ "size": size })),
                vec![("InvalidInteger", "/size".to_string())],
                "{size}"
            );
        }
    }

    #[test]
    fn filter_keys_are_checked_with_the_request() {
        assert_eq!(
            codes(
                &USER_LIST,
                json!({"filter": {"created_at": "yesterday", "login_count": "3"}})
            ),
            vec![
                ("BadFormatDateTime", "/filter/created_at".to_string()),
                ("InvalidInteger", "/filter/login_count".to_string()),
            ]
        );
    }

    #[test]
    fn details_never_quote_secret_values() {
        let problems = check(
            &PASSWORD_CHANGE,
            &json!({"token": "hunter2-token", "old_password": 5, "new_password": "n"}),
        );
        let text = format!("{problems:?}");
        assert!(!text.contains("hunter2-token"), "{text}");
        assert_eq!(problems.len(), 2);
    }
}
