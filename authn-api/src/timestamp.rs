//! [`Timestamp`]: the type of every `date-time` of the description.
//!
//! `cargo xtask generate` maps `{type: string, format: date-time}` to this type (see
//! `xtask::settings`) instead of `chrono::DateTime<Utc>`, for one reason: speed. chrono
//! deserialises through its general, relaxed RFC 3339 parser, which costs about 1,900
//! instructions per timestamp, as much as decoding the rest of a user. Pangea writes its times in
//! one shape, `2024-01-02T03:04:05.123456Z`; that shape is read here in one pass, and anything
//! else goes to chrono's parser as before, so exactly the same strings are accepted, with the
//! same values (a property test holds the two parsers to each other).
//!
//! A `Timestamp` dereferences to `chrono::DateTime<Utc>`, converts to and from it, and
//! serialises exactly as it does.

use std::cmp::Ordering;
use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat, TimeDelta, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An instant in UTC, as the service writes it (RFC 3339).
///
/// It dereferences to [`chrono::DateTime<Utc>`], so chrono's methods work on it directly.
///
/// ```
/// use authn_api::Timestamp;
///
/// let at: Timestamp = "2024-01-02T03:04:05.5+01:00".parse()?;
/// assert_eq!(at.to_string(), "2024-01-02T02:04:05.500Z");
/// assert_eq!(at.timestamp(), 1_704_161_045); // chrono's method, through `Deref`
/// let at: chrono::DateTime<chrono::Utc> = at.into();
/// assert_eq!(Timestamp::from(at), at);
/// # Ok::<(), chrono::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(DateTime<Utc>);

impl Timestamp {
    /// The current time.
    ///
    /// ```
    /// let earlier: authn_api::Timestamp = "2024-01-01T00:00:00Z".parse()?;
    /// assert!(authn_api::Timestamp::now() > earlier);
    /// # Ok::<(), chrono::ParseError>(())
    /// ```
    pub fn now() -> Self {
        Self(Utc::now())
    }

    /// The `chrono` value.
    ///
    /// ```
    /// let at: authn_api::Timestamp = "2024-01-02T03:04:05Z".parse()?;
    /// assert_eq!(at.into_inner().to_rfc3339(), "2024-01-02T03:04:05+00:00");
    /// # Ok::<(), chrono::ParseError>(())
    /// ```
    pub fn into_inner(self) -> DateTime<Utc> {
        self.0
    }
}

impl Deref for Timestamp {
    type Target = DateTime<Utc>;
    fn deref(&self) -> &DateTime<Utc> {
        &self.0
    }
}

impl From<DateTime<Utc>> for Timestamp {
    fn from(at: DateTime<Utc>) -> Self {
        Self(at)
    }
}

impl From<Timestamp> for DateTime<Utc> {
    fn from(at: Timestamp) -> Self {
        at.0
    }
}

impl PartialEq<DateTime<Utc>> for Timestamp {
    fn eq(&self, other: &DateTime<Utc>) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Timestamp> for DateTime<Utc> {
    fn eq(&self, other: &Timestamp) -> bool {
        *self == other.0
    }
}

impl PartialOrd<DateTime<Utc>> for Timestamp {
    fn partial_cmp(&self, other: &DateTime<Utc>) -> Option<Ordering> {
        self.0.partial_cmp(other)
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

/// RFC 3339 in UTC, with as many fraction digits as needed (0, 3, 6 or 9) and `Z`.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_rfc3339_opts(SecondsFormat::AutoSi, true))
    }
}

/// Accepts what chrono's `DateTime<FixedOffset>` parser accepts (relaxed RFC 3339).
impl FromStr for Timestamp {
    type Err = chrono::ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match parse_usual(s) {
            Some(at) => Ok(Self(at)),
            None => parse_relaxed(s).map(Self),
        }
    }
}

/// chrono's parser, which every string not in the usual shape goes to.
fn parse_relaxed(s: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    s.parse::<DateTime<FixedOffset>>()
        .map(|at| at.with_timezone(&Utc))
}

/// The usual shape, `YYYY-MM-DDTHH:MM:SS[.F{1,9}](Z|±HH:MM)`, read in one pass. `None` for
/// anything else, including values out of range: those are left to chrono, for its verdict
/// and its error message.
fn parse_usual(s: &str) -> Option<DateTime<Utc>> {
    let b = s.as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    let hour = digits(&b[11..13])?;
    let minute = digits(&b[14..16])?;
    let second = digits(&b[17..19])?;
    let mut rest = &b[19..];
    let mut nanos = 0u32;
    if let Some((b'.', fraction)) = rest.split_first() {
        let n = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=9).contains(&n) {
            return None;
        }
        nanos = digits(&fraction[..n])? * 10u32.pow(9 - n as u32);
        rest = &fraction[n..];
    }
    let offset_seconds = match rest {
        [b'Z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (hours, minutes) = (digits(&[*h1, *h2])?, digits(&[*m1, *m2])?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = i64::from(hours * 3600 + minutes * 60);
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return None,
    };
    // A leap second (60) is left to chrono.
    if second > 59 {
        return None;
    }
    let local = NaiveDate::from_ymd_opt(year as i32, month, day)?
        .and_hms_nano_opt(hour, minute, second, nanos)?;
    let utc = local.checked_sub_signed(TimeDelta::seconds(offset_seconds))?;
    Some(DateTime::from_naive_utc_and_offset(utc, Utc))
}

/// The value of a run of ASCII digits (at most 9), or `None` if one is not a digit.
fn digits(run: &[u8]) -> Option<u32> {
    run.iter().try_fold(0u32, |value, &c| {
        c.is_ascii_digit().then(|| value * 10 + u32::from(c - b'0'))
    })
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 date-time")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Timestamp, E> {
                s.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> String {
        <DateTime<Utc> as schemars::JsonSchema>::schema_name()
    }

    fn json_schema(generator: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        <DateTime<Utc> as schemars::JsonSchema>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn chrono(s: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
        parse_relaxed(s)
    }

    #[test]
    fn the_usual_shapes_are_read_in_one_pass_and_agree_with_chrono() {
        for s in [
            "2024-01-02T03:04:05Z",
            "2024-01-02T03:04:05.1Z",
            "2024-01-02T03:04:05.123456Z",
            "2024-01-02T03:04:05.123456789Z",
            "2024-02-29T23:59:59.999+05:30",
            "1970-01-01T00:00:00-00:00",
            "0000-01-01T00:00:00+00:01",
            "9999-12-31T23:59:59-23:59",
        ] {
            let usual = parse_usual(s);
            assert!(usual.is_some(), "{s} is in the usual shape");
            assert_eq!(usual.map(Ok), Some(chrono(s)), "{s}");
        }
    }

    #[test]
    fn other_shapes_and_bad_values_are_left_to_chrono() {
        for s in [
            "2024-01-02 03:04:05Z",
            "2024-01-02t03:04:05z",
            "2024-01-02T03:04:05 UTC",
            "2024-01-02T03:04:05.1234567891Z",
            "2024-01-02T03:04:05+0100",
            "2024-01-02T03:04:05Z ",
            "2023-02-29T03:04:05Z",
            "2024-01-02T24:00:00Z",
            "2016-12-31T23:59:60Z",
            "2024-01-02T03:04:05+24:00",
            "+12024-01-02T03:04:05Z",
            "2024-01-02T03:04:05.Z",
            "",
        ] {
            assert_eq!(parse_usual(s), None, "{s}");
            assert_eq!(
                s.parse::<Timestamp>().map(Timestamp::into_inner),
                chrono(s),
                "{s}"
            );
        }
    }

    #[test]
    fn it_serialises_and_deserialises_as_chrono_does() {
        for s in [
            "2024-01-02T03:04:05Z",
            "2024-01-02T03:04:05.120Z",
            "2024-01-02T03:04:05.5-07:00",
        ] {
            let json = serde_json::Value::String(s.into());
            let ours: Timestamp = serde_json::from_value(json.clone()).expect("valid");
            let theirs: DateTime<Utc> = serde_json::from_value(json).expect("valid");
            assert_eq!(ours, theirs);
            assert_eq!(
                serde_json::to_string(&ours).expect("serialises"),
                serde_json::to_string(&theirs).expect("serialises")
            );
        }
        let bad = serde_json::from_str::<Timestamp>("\"yesterday\"").expect_err("not a date-time");
        assert!(
            bad.to_string()
                .contains("input contains invalid characters"),
            "{bad}"
        );
    }

    /// Strings near the usual shape: each part is a run of digits of a random length and value,
    /// each separator is usually the expected one, and the offset is `Z`, `±HH:MM` or noise.
    fn near_usual() -> impl Strategy<Value = String> {
        let run = |len: std::ops::RangeInclusive<usize>| proptest::collection::vec(0u8..10, len);
        let sep = |usual: char| prop_oneof![8 => Just(usual.to_string()), 1 => "[-:Tt .Zz+]{0,2}"];
        let offset = prop_oneof![
            Just("Z".to_string()),
            (prop_oneof![Just('+'), Just('-')], 0u32..30, 0u32..70)
                .prop_map(|(s, h, m)| format!("{s}{h:02}:{m:02}")),
            "[-+:0-9Zz ]{0,7}",
        ];
        (
            (run(3..=5), sep('-'), 0u32..14, sep('-'), 0u32..33),
            (sep('T'), 0u32..26, sep(':'), 0u32..62, sep(':'), 0u32..62),
            prop_oneof![
                Just(String::new()),
                run(0..=11).prop_map(|d| format!(
                    ".{}",
                    d.iter().map(|d| d.to_string()).collect::<String>()
                ))
            ],
            offset,
        )
            .prop_map(|((y, s1, mo, s2, d), (t, h, s3, mi, s4, se), frac, off)| {
                let y: String = y.iter().map(|d| d.to_string()).collect();
                format!("{y}{s1}{mo:02}{s2}{d:02}{t}{h:02}{s3}{mi:02}{s4}{se:02}{frac}{off}")
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        #[test]
        fn parsing_agrees_with_chrono(s in near_usual()) {
            if let Some(at) = parse_usual(&s) {
                prop_assert_eq!(Ok(at), chrono(&s), "{}", s);
            }
            prop_assert_eq!(s.parse::<Timestamp>().map(Timestamp::into_inner), chrono(&s), "{}", s);
        }

        #[test]
        fn any_string_parses_as_chrono_parses_it(s in "\\PC{0,40}") {
            prop_assert_eq!(s.parse::<Timestamp>().map(Timestamp::into_inner), chrono(&s));
        }
    }
}
