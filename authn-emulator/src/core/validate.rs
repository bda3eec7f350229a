//! Request validation, field by field, the way the real service reports it.
//!
//! Each operation's body is described by a small table (its fields, their kinds, which are
//! required, and the fields of which exactly one must be given), kept in the operation's area.
//! A body is checked against it and every problem is reported as a `result.errors[]` entry with
//! a code from Pangea's list and a JSON pointer to the offending field. Patterns are checked
//! with the same `authn_api::strings` types the client uses where there is one, so the two
//! cannot disagree, and otherwise with the official description's pattern. Tests compare each
//! table with `openapi/authn.yaml`.
//!
//! Details never quote the value of a field, since some fields are secrets.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::answer::{FieldProblem, Refusal};
use super::listing::MAX_PAGE_SIZE;

/// Checks a string: `None` when it is fine, else the pattern it breaks.
pub type Check = fn(&str) -> Option<&'static str>;

/// Checks the keys of a filter object, one problem per bad key.
pub type FilterCheck = fn(&Map<String, Value>) -> Vec<FieldProblem>;

/// What a field holds.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// A string checked by a [`Check`] ([`any`] for any string).
    Text(Check),
    /// A string checked by a [`Check`], or `null`.
    NullableText(Check),
    /// A boolean.
    Bool,
    /// An integer of at least `min`.
    Int {
        /// The smallest value accepted.
        min: i64,
    },
    /// An object of string values.
    StringMap,
    /// An object of string or `null` values.
    NullableStringMap,
    /// A filter object, its keys checked by its list.
    Filter(FilterCheck),
    /// One of these strings.
    Enum(&'static [&'static str]),
}

/// Any string.
pub fn any(_: &str) -> Option<&'static str> {
    None
}

fn broken<T>(r: Result<T, authn_api::strings::InvalidString>) -> Option<&'static str> {
    r.err().map(|e| e.pattern())
}

/// A user id (`authn-identity`), as `authn_api::strings::Identity` checks it.
pub fn identity(value: &str) -> Option<&'static str> {
    broken(authn_api::strings::Identity::new(value))
}

/// An email address (`authn-email`).
pub fn email(value: &str) -> Option<&'static str> {
    broken(authn_api::strings::Email::new(value))
}

/// A user (active) token (`authn-token-user`): `ptu_...` or a JWT.
pub fn user_token(value: &str) -> Option<&'static str> {
    broken(authn_api::strings::UserToken::new(value))
}

/// Defines a [`Check`] from a pattern of the official description (an ECMA regular
/// expression, searched as JSON Schema does).
macro_rules! pattern_check {
    ($(#[$doc:meta])* $name:ident, $pattern:literal) => {
        $(#[$doc])*
        pub fn $name(value: &str) -> Option<&'static str> {
            static PATTERN: std::sync::LazyLock<Option<regress::Regex>> =
                std::sync::LazyLock::new(|| regress::Regex::new($pattern).ok());
            match &*PATTERN {
                Some(re) if re.find(value).is_some() => None,
                _ => Some($pattern),
            }
        }
    };
}
pub(crate) use pattern_check;

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

/// A field of a request table.
pub const fn field(name: &'static str, kind: Kind, required: bool) -> Field {
    Field {
        name,
        kind,
        required,
    }
}

/// The list fields of a request (`authn-filter-tokens`, `authn-filter-tickets`): `filter`
/// (checked by `filter`), `last`, `order`, `order_by` and `size`. `order_by` takes any string:
/// our description's order fields are open enums (see `ListRequest::ignored`).
pub const fn list_fields(filter: FilterCheck) -> [Field; 5] {
    [
        field("filter", Kind::Filter(filter), false),
        field("last", Kind::Text(any), false),
        field("order", Kind::Enum(&["asc", "desc"]), false),
        field("order_by", Kind::Text(any), false),
        field("size", Kind::Int { min: 1 }, false),
    ]
}

/// The `(code, source)` of every problem of `body`, for the tables' unit tests.
#[cfg(test)]
pub(crate) fn codes(spec: &BodySpec, body: &Value) -> Vec<(&'static str, String)> {
    check(spec, body)
        .into_iter()
        .map(|p| (p.code, p.source))
        .collect()
}

/// The body of one operation.
#[derive(Debug, Clone, Copy)]
pub struct BodySpec {
    /// Its fields, besides the `one_of` ones.
    pub fields: &'static [Field],
    /// Fields of which exactly one must be given (the user selector `id`/`email`/`username`),
    /// or none.
    pub one_of: &'static [Field],
    /// Whether fields not listed are accepted (and ignored): the official description leaves a
    /// few request objects open.
    pub open: bool,
}

impl BodySpec {
    /// A closed body of these fields.
    pub const fn closed(fields: &'static [Field]) -> Self {
        Self {
            fields,
            one_of: &[],
            open: false,
        }
    }
}

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
        Kind::NullableText(_) if value.is_null() => None,
        Kind::Text(check) | Kind::NullableText(check) => match value.as_str() {
            None if matches!(kind, Kind::NullableText(_)) => {
                wrong("InvalidString", "a string or null")
            }
            None => wrong("InvalidString", "a string"),
            Some(s) => check(s).map(|pattern| {
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
            // Checked here as well as when paging, so that a call that also checks a token
            // (client/session/list) refuses the size first, as a validation error.
            Some(n) if n.unsigned_abs() > MAX_PAGE_SIZE => wrong(
                "NotWithinRange",
                &format!("between {min} and {MAX_PAGE_SIZE}"),
            ),
            Some(_) => None,
        },
        Kind::StringMap | Kind::NullableStringMap | Kind::Filter(_) => match value.as_object() {
            None => wrong("InvalidObject", "an object"),
            Some(map) if !matches!(kind, Kind::Filter(_)) => map.iter().find_map(|(key, v)| {
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
            // The filter's keys are checked one by one by its list.
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
    let all: Vec<&Field> = spec.fields.iter().chain(spec.one_of).collect();
    for key in object.keys() {
        if !spec.open && !all.iter().any(|f| f.name == key) {
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
                (Kind::Filter(check), Some(filter)) => problems.extend(check(filter)),
                _ => problems.extend(kind_problem(f.name, f.kind, value)),
            },
        }
    }
    if !spec.one_of.is_empty() {
        let given: Vec<&str> = spec
            .one_of
            .iter()
            .map(|f| f.name)
            .filter(|n| object.contains_key(*n))
            .collect();
        let names: Vec<&str> = spec.one_of.iter().map(|f| f.name).collect();
        let choices = match names.split_last() {
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        };
        match given.len() {
            0 => problems.push(FieldProblem::new(
                "MustProvideOne",
                "",
                format!("give exactly one of {choices}"),
            )),
            1 => {}
            _ => problems.push(FieldProblem::new(
                "MutuallyExclusive",
                pointer(given[1]),
                format!("give only one of {choices}, not {}", given.join(" and ")),
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

/// The property names (the `one_of` ones included) and required names of a spec, for the agreement test.
pub fn shape(spec: &BodySpec) -> (Vec<&'static str>, Vec<&'static str>) {
    let mut names: Vec<&str> = spec.fields.iter().map(|f| f.name).collect();
    let required: Vec<&str> = spec
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name)
        .collect();
    names.extend(spec.one_of.iter().map(|f| f.name));
    (names, required)
}
