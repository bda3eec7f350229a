//! Lists: filtering, ordering and the `last` cursor, for every list of every area.
//!
//! Records are ordered by the `order_by` field, then by creation order, so the order is total
//! and stable while records come and go. The cursor is an opaque string holding the list it
//! belongs to, the position of the last record of a page (its sort key and creation number) and
//! the ordering; the next page starts strictly after that position, so no record is skipped or
//! repeated by paging, whatever is created or deleted in between. A page costs
//! O(n + size·log size).
//!
//! An area describes its filter with a [`FilterKeys`] table (each documented field and its
//! kind) and its records with [`Filterable`]; the keys, their checks and their meaning follow
//! from it: a text field `x` has `x`, `x__contains` (every substring) and `x__in`; a time or
//! number field has `x` and `x__gt/__gte/__lt/__lte`; a flag has `x`; tags have `x` (all must be
//! present); and, where the description has them, `profile_<Name>`,
//! `profile_<Name>__contains` (any substring) and `profile_<Name>__exists`.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::answer::{FieldProblem, Refusal};

/// The page size when the request gives none.
pub const DEFAULT_PAGE_SIZE: u64 = 20;
/// The largest page size the emulator serves.
pub const MAX_PAGE_SIZE: u64 = 10_000;

/// What a filterable field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A string: `x`, `x__contains`, `x__in`.
    Text,
    /// A date-time: `x`, `x__gt`, `x__gte`, `x__lt`, `x__lte`.
    Time,
    /// An integer: the same forms as a time.
    Int,
    /// A boolean: `x`.
    Flag,
    /// A list of tags: `x`, all of which must be present.
    Tags,
}

/// The filter of one list: its documented fields and whether `profile_<Name>` keys apply.
#[derive(Debug, Clone, Copy)]
pub struct FilterKeys {
    /// Each field and its kind.
    pub fields: &'static [(&'static str, FieldKind)],
    /// Whether the description has the `profile_<Name>` pattern keys.
    pub profile: bool,
}

impl FilterKeys {
    /// Every key the description lists, sorted.
    pub fn keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        for (name, kind) in self.fields {
            let forms: &[&str] = match kind {
                FieldKind::Text => &["", "__contains", "__in"],
                FieldKind::Time | FieldKind::Int => &["", "__gt", "__gte", "__lt", "__lte"],
                FieldKind::Flag | FieldKind::Tags => &[""],
            };
            keys.extend(forms.iter().map(|form| format!("{name}{form}")));
        }
        keys.sort();
        keys
    }
}

/// What a record shows the filter: each field by its name in the [`FilterKeys`].
pub(crate) trait Filterable {
    /// A text field (`None`: the record has no value).
    fn text(&self, field: &str) -> Option<&str>;
    /// A time field, as microseconds since the epoch, or an integer field.
    fn number(&self, field: &str) -> Option<i64>;
    /// A boolean field.
    fn flag(&self, field: &str) -> bool;
    /// A tags field.
    fn tags(&self, field: &str) -> &[String];
    /// A profile value.
    fn profile(&self, name: &str) -> Option<&str>;
}

/// A sort key: missing values first, then numbers, then text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub(crate) enum Key {
    Missing,
    Int(i64),
    Text(String),
}

impl Key {
    pub fn time(t: Option<DateTime<Utc>>) -> Key {
        t.map_or(Key::Missing, |t| Key::Int(t.timestamp_micros()))
    }

    pub fn text(s: Option<&str>) -> Key {
        s.map_or(Key::Missing, |s| Key::Text(s.to_string()))
    }
}

/// A checked list request, with the conditions already read from its filter.
#[derive(Debug)]
pub(crate) struct Query<'a> {
    /// Which list: a cursor of one list is refused by another.
    pub list: &'static str,
    pub conditions: Vec<Condition>,
    pub last: Option<&'a str>,
    pub desc: bool,
    /// The `order_by` the cursor records (`None`: creation order).
    pub order_by: Option<String>,
    pub size: Option<u64>,
}

/// The list fields of a request (`authn-filter-tokens`, `authn-filter-tickets`), decoded once
/// its validation table has passed it.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ListRequest {
    #[serde(default)]
    pub filter: Map<String, Value>,
    pub last: Option<String>,
    pub order: Option<String>,
    pub order_by: Option<String>,
    pub size: Option<u64>,
}

impl ListRequest {
    /// The query of list `list`, its filter read with `keys`.
    pub fn query(&self, list: &'static str, keys: &FilterKeys) -> Result<Query<'_>, Refusal> {
        Ok(Query {
            list,
            conditions: keys.conditions(&self.filter)?,
            // `""` is what the session lists answer on their last page: no cursor, as the
            // SDKs read it (Pangea's Python SDK stops on it).
            last: self.last.as_deref().filter(|last| !last.is_empty()),
            desc: self.order.as_deref() == Some("desc"),
            order_by: self.order_by.clone(),
            size: self.size,
        })
    }

    /// What the emulator ignored of this request, in words for the answer's summary: filter
    /// keys `keys` does not understand, and an `order_by` not in `known` (our description's
    /// order fields are open enums, so such a value is accepted and the list keeps creation
    /// order, as for users).
    pub fn ignored(&self, keys: &FilterKeys, known: &[&str]) -> Option<String> {
        ignored_summary(
            keys.ignored(&self.filter),
            self.order_by.as_deref().filter(|o| !known.contains(o)),
        )
    }
}

/// The summary of a list answer that ignored something: `keys`, the filter keys in words (see
/// [`FilterKeys::ignored`]), and an `order_by` it does not know.
pub(crate) fn ignored_summary(keys: Option<String>, order_by: Option<&str>) -> Option<String> {
    let mut parts: Vec<String> = keys.into_iter().collect();
    if let Some(order_by) = order_by {
        parts.push(format!("order_by {order_by:?}, listing in creation order"));
    }
    (!parts.is_empty()).then(|| format!("the emulator ignored {}", parts.join("; and ")))
}

/// One page.
#[derive(Debug, Clone)]
pub(crate) struct Page<T> {
    pub items: Vec<T>,
    /// How many records match, over all pages.
    pub count: usize,
    /// The cursor of the next page, when there is one.
    pub last: Option<String>,
}

/// What a cursor holds.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Cursor {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    list: String,
    order_by: Option<String>,
    desc: bool,
    key: Key,
    seq: u64,
}

fn encode(cursor: &Cursor) -> String {
    let json = serde_json::to_vec(cursor).unwrap_or_default();
    json.iter().map(|b| format!("{b:02x}")).collect()
}

fn decode(text: &str) -> Option<Cursor> {
    if !text.len().is_multiple_of(2) || text.len() > 8192 {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect();
    serde_json::from_slice(&bytes?).ok()
}

fn bad_cursor(detail: &str) -> Refusal {
    Refusal::invalid("BadFormat", "/last", detail)
}

/// Serves one page of `records`, each with its creation number, ordered by `key`.
pub(crate) fn page<'a, R: Filterable + 'a>(
    records: impl Iterator<Item = (&'a R, u64)>,
    key: impl Fn(&R) -> Key,
    query: &Query<'_>,
) -> Result<Page<&'a R>, Refusal> {
    let size = query.size.unwrap_or(DEFAULT_PAGE_SIZE);
    // A query can be built without passing the validation, so a size of 0 can reach here.
    if size == 0 || size > MAX_PAGE_SIZE {
        return Err(Refusal::invalid(
            "NotWithinRange",
            "/size",
            format!("size must be between 1 and {MAX_PAGE_SIZE}"),
        ));
    }
    let desc = query.desc;
    let after = match query.last {
        None => None,
        Some(text) => {
            let cursor = decode(text)
                .ok_or_else(|| bad_cursor("last is not a cursor this service returned"))?;
            if cursor.list != query.list {
                return Err(bad_cursor("last is a cursor of another list"));
            }
            if cursor.order_by != query.order_by || cursor.desc != desc {
                return Err(bad_cursor(
                    "last belongs to a list with another order or order_by",
                ));
            }
            Some((cursor.key, cursor.seq))
        }
    };
    let compare = |a: &(Key, u64), b: &(Key, u64)| if desc { b.cmp(a) } else { a.cmp(b) };

    let mut count = 0usize;
    let mut candidates: Vec<((Key, u64), &R)> = Vec::new();
    for (record, seq) in records {
        if !query.conditions.iter().all(|c| c.matches(record)) {
            continue;
        }
        count += 1;
        let position = (key(record), seq);
        if after
            .as_ref()
            .is_none_or(|a| compare(&position, a) == Ordering::Greater)
        {
            candidates.push((position, record));
        }
    }
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    let more = candidates.len() > size;
    if more {
        candidates.select_nth_unstable_by(size - 1, |a, b| compare(&a.0, &b.0));
        candidates.truncate(size);
    }
    candidates.sort_unstable_by(|a, b| compare(&a.0, &b.0));
    let last = match (more, candidates.last()) {
        (true, Some(((key, seq), _))) => Some(encode(&Cursor {
            list: query.list.to_string(),
            order_by: query.order_by.clone(),
            desc,
            key: key.clone(),
            seq: *seq,
        })),
        _ => None,
    };
    Ok(Page {
        items: candidates.into_iter().map(|(_, r)| r).collect(),
        count,
        last,
    })
}

/// One filter condition.
#[derive(Debug)]
pub(crate) enum Condition {
    TextEq(&'static str, String),
    TextContainsAll(&'static str, Vec<String>),
    TextIn(&'static str, Vec<String>),
    Number(&'static str, Op, i64),
    Flag(&'static str, bool),
    TagsAll(&'static str, Vec<String>),
    ProfileEq(String, String),
    ProfileContainsAny(String, Vec<String>),
    ProfileExists(String, bool),
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum Op {
    Eq,
    Gt,
    Gte,
    Lt,
    Lte,
}

impl Condition {
    fn matches(&self, record: &impl Filterable) -> bool {
        match self {
            Condition::TextEq(f, v) => record.text(f).is_some_and(|s| s == v),
            Condition::TextContainsAll(f, subs) => record
                .text(f)
                .is_some_and(|s| subs.iter().all(|sub| s.contains(sub.as_str()))),
            Condition::TextIn(f, values) => record
                .text(f)
                .is_some_and(|s| values.iter().any(|v| v == s)),
            Condition::Number(f, op, v) => record.number(f).is_some_and(|n| match op {
                Op::Eq => n == *v,
                Op::Gt => n > *v,
                Op::Gte => n >= *v,
                Op::Lt => n < *v,
                Op::Lte => n <= *v,
            }),
            Condition::Flag(f, v) => record.flag(f) == *v,
            Condition::TagsAll(f, tags) => {
                let has = record.tags(f);
                tags.iter().all(|t| has.contains(t))
            }
            Condition::ProfileEq(name, v) => record.profile(name).is_some_and(|s| s == v),
            Condition::ProfileContainsAny(name, subs) => record
                .profile(name)
                .is_some_and(|s| subs.iter().any(|sub| s.contains(sub.as_str()))),
            Condition::ProfileExists(name, exists) => record.profile(name).is_some() == *exists,
        }
    }
}

fn invalid(code: &'static str, key: &str, detail: impl Into<String>) -> Refusal {
    // A JSON pointer: `~` and `/` in the key are escaped.
    let key = key.replace('~', "~0").replace('/', "~1");
    Refusal::invalid(code, format!("/filter/{key}"), detail)
}

fn strings(key: &str, value: &Value) -> Result<Vec<String>, Refusal> {
    let items = value
        .as_array()
        .ok_or_else(|| invalid("InvalidArray", key, "expected an array of strings"))?;
    items
        .iter()
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| invalid("InvalidString", key, "expected a string"))
        })
        .collect()
}

fn text(key: &str, value: &Value) -> Result<String, Refusal> {
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| invalid("InvalidString", key, "expected a string"))
}

fn boolean(key: &str, value: &Value) -> Result<bool, Refusal> {
    value
        .as_bool()
        .ok_or_else(|| invalid("InvalidBool", key, "expected a boolean"))
}

fn number(kind: FieldKind, key: &str, value: &Value) -> Result<i64, Refusal> {
    match kind {
        FieldKind::Int => value
            .as_i64()
            .ok_or_else(|| invalid("InvalidInteger", key, "expected an integer")),
        _ => value
            .as_str()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc).timestamp_micros())
            .ok_or_else(|| invalid("BadFormatDateTime", key, "expected an ISO-8601 date-time")),
    }
}

impl FilterKeys {
    /// Reads the filter keys into conditions: a listed key of the wrong type is a validation
    /// error; a key the emulator does not understand is left out.
    pub(crate) fn conditions(
        &self,
        filter: &Map<String, Value>,
    ) -> Result<Vec<Condition>, Refusal> {
        let mut conditions = Vec::with_capacity(filter.len());
        for (key, value) in filter {
            conditions.extend(self.condition(key, value)?);
        }
        Ok(conditions)
    }

    /// Every problem of a raw `filter` object, one per bad key, for the request validation: the
    /// filter is checked before it is decoded, so that a bad key gets its own code and pointer
    /// rather than a generic decoding error.
    pub(crate) fn problems(&self, filter: &Map<String, Value>) -> Vec<FieldProblem> {
        filter
            .iter()
            .filter_map(|(key, value)| match self.condition(key, value) {
                Ok(_) | Err(Refusal::Status { .. }) => None,
                Err(Refusal::Invalid(problems)) => Some(problems),
            })
            .flatten()
            .collect()
    }

    /// The filter keys the emulator ignored (neither listed nor a well-formed `profile_<Name>`
    /// key), in words, for the answer's summary.
    pub(crate) fn ignored(&self, filter: &Map<String, Value>) -> Option<String> {
        let keys: Vec<&str> = filter
            .iter()
            .filter(|(key, value)| matches!(self.condition(key, value), Ok(None)))
            .map(|(key, _)| key.as_str())
            .collect();
        (!keys.is_empty()).then(|| format!("these filter keys: {}", keys.join(", ")))
    }

    /// Reads one filter key: `None` for a key the emulator does not understand.
    fn condition(&self, key: &str, value: &Value) -> Result<Option<Condition>, Refusal> {
        let (base, op) = key.split_once("__").unwrap_or((key, ""));
        let Some((name, kind)) = self.fields.iter().find(|(n, _)| *n == base).copied() else {
            return Ok(if self.profile {
                profile_condition(key, value)
            } else {
                None
            });
        };
        let condition = match (kind, op) {
            (FieldKind::Text, "") => Condition::TextEq(name, text(key, value)?),
            (FieldKind::Text, "contains") => Condition::TextContainsAll(name, strings(key, value)?),
            (FieldKind::Text, "in") => Condition::TextIn(name, strings(key, value)?),
            (FieldKind::Time | FieldKind::Int, op) => {
                let op = match op {
                    "" => Op::Eq,
                    "gt" => Op::Gt,
                    "gte" => Op::Gte,
                    "lt" => Op::Lt,
                    "lte" => Op::Lte,
                    _ => return Ok(None),
                };
                Condition::Number(name, op, number(kind, key, value)?)
            }
            (FieldKind::Flag, "") => Condition::Flag(name, boolean(key, value)?),
            (FieldKind::Tags, "") => Condition::TagsAll(name, strings(key, value)?),
            // A form the description does not list for this field (`disabled__in`...).
            _ => return Ok(None),
        };
        Ok(Some(condition))
    }
}

/// A `profile_<Name>` key (`<Name>` of ASCII letters) whose value has the shape Pangea
/// documents for it; anything else is a key the emulator does not understand. Our description
/// cannot type these keys (OpenAPI 3.0 has no `patternProperties`), so a value of another shape
/// is not refused either.
fn profile_condition(key: &str, value: &Value) -> Option<Condition> {
    let (base, op) = key.split_once("__").unwrap_or((key, ""));
    let name = base
        .strip_prefix("profile_")
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphabetic()))?
        .to_string();
    let texts = || -> Option<Vec<String>> {
        value
            .as_array()?
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    match op {
        "" => Some(Condition::ProfileEq(name, value.as_str()?.to_string())),
        "contains" => Some(Condition::ProfileContainsAny(name, texts()?)),
        "exists" => Some(Condition::ProfileExists(name, value.as_bool()?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let cursor = Cursor {
            list: "user/list".into(),
            order_by: Some("email".into()),
            desc: true,
            key: Key::Text("a@b".into()),
            seq: 7,
        };
        assert_eq!(decode(&encode(&cursor)), Some(cursor));
        for garbage in ["", "zz", "abc", "7b7d"] {
            assert_eq!(decode(garbage), None, "{garbage}");
        }
    }

    #[test]
    fn the_keys_follow_from_the_kinds() {
        let keys = FilterKeys {
            fields: &[
                ("email", FieldKind::Text),
                ("expire", FieldKind::Time),
                ("enabled", FieldKind::Flag),
                ("scopes", FieldKind::Tags),
            ],
            profile: false,
        };
        assert_eq!(
            keys.keys(),
            [
                "email",
                "email__contains",
                "email__in",
                "enabled",
                "expire",
                "expire__gt",
                "expire__gte",
                "expire__lt",
                "expire__lte",
                "scopes"
            ]
        );
        let map: Map<String, Value> =
            serde_json::from_value(serde_json::json!({"profile_a": "x", "enabled__in": [true]}))
                .expect("map");
        assert_eq!(keys.conditions(&map).expect("accepted").len(), 0);
        assert_eq!(
            keys.ignored(&map).as_deref(),
            Some("these filter keys: enabled__in, profile_a")
        );
    }
}
