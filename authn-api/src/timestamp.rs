//! [`Timestamp`]: the type of every `date-time` of the description.
//!
//! `cargo xtask generate` maps `{type: string, format: date-time}` to this type (see
//! `xtask::settings`). It is written here rather than taken from chrono because of what chrono
//! costs every user's build (chrono, num-traits and autocfg, about 9 s of a cold release build)
//! for what the SDK needs of it: read and write RFC 3339, compare, and add a duration. Pangea
//! writes its times in one shape, `2024-01-02T03:04:05.123456Z`, read here in one pass.
//!
//! With the `chrono` feature, a `Timestamp` converts to and from `chrono::DateTime<Utc>` and
//! compares with it; property tests hold the parser and the printer to chrono's.

use std::fmt;
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An instant in UTC, as the service writes it (RFC 3339), to the nanosecond.
///
/// ```
/// use authn_api::Timestamp;
/// use std::time::Duration;
///
/// let at: Timestamp = "2024-01-02T03:04:05.5+01:00".parse()?;
/// assert_eq!(at.to_string(), "2024-01-02T02:04:05.500Z");
/// assert_eq!(at.unix_seconds(), 1_704_161_045);
/// let later = at.checked_add(Duration::from_secs(90)).expect("in range");
/// assert_eq!(later.duration_since(at), Some(Duration::from_secs(90)));
/// assert!(later > at);
/// # Ok::<(), authn_api::TimestampError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    // Field order matters: the derived `Ord` compares the seconds first.
    seconds: i64,
    nanos: u32,
}

/// Why a string is not a [`Timestamp`].
///
/// ```
/// let bad = "2024-02-30T00:00:00Z".parse::<authn_api::Timestamp>().unwrap_err();
/// assert_eq!(bad.to_string(), "not an RFC 3339 date-time: no such day");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimestampError(&'static str);

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not an RFC 3339 date-time: {}", self.0)
    }
}

impl std::error::Error for TimestampError {}

const NANOS_PER_SECOND: u32 = 1_000_000_000;
const SECONDS_PER_DAY: i64 = 86_400;

/// chrono's range (years -262143 to 262142), so that both conversions with chrono are total.
const MIN_SECONDS: i64 = days_from_civil(-262_143, 1, 1) * SECONDS_PER_DAY;
const MAX_SECONDS: i64 = days_from_civil(262_142, 12, 31) * SECONDS_PER_DAY + SECONDS_PER_DAY - 1;

impl Timestamp {
    /// The current time.
    ///
    /// ```
    /// let earlier: authn_api::Timestamp = "2024-01-01T00:00:00Z".parse()?;
    /// assert!(authn_api::Timestamp::now() > earlier);
    /// # Ok::<(), authn_api::TimestampError>(())
    /// ```
    pub fn now() -> Self {
        let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH);
        let (seconds, nanos) = match since_epoch {
            Ok(after) => (after.as_secs() as i64, after.subsec_nanos()),
            // A clock set before 1970.
            Err(before) => {
                let before = before.duration();
                let (s, n) = (-(before.as_secs() as i64), before.subsec_nanos());
                if n == 0 {
                    (s, 0)
                } else {
                    (s - 1, NANOS_PER_SECOND - n)
                }
            }
        };
        Self { seconds, nanos }
    }

    /// The instant `seconds` and `nanos` after 1970-01-01T00:00:00Z (Unix time, as a JWT's
    /// `exp` is), or `None` when `nanos` is a second or more, or the year is out of range.
    ///
    /// ```
    /// let at = authn_api::Timestamp::from_unix(1_704_164_645, 0).expect("in range");
    /// assert_eq!(at.to_string(), "2024-01-02T03:04:05Z");
    /// ```
    pub fn from_unix(seconds: i64, nanos: u32) -> Option<Self> {
        ((MIN_SECONDS..=MAX_SECONDS).contains(&seconds) && nanos < NANOS_PER_SECOND)
            .then_some(Self { seconds, nanos })
    }

    /// Whole seconds since 1970-01-01T00:00:00Z (negative before).
    ///
    /// ```
    /// let at: authn_api::Timestamp = "1969-12-31T23:59:59.25Z".parse()?;
    /// assert_eq!((at.unix_seconds(), at.subsec_nanos()), (-1, 250_000_000));
    /// # Ok::<(), authn_api::TimestampError>(())
    /// ```
    pub fn unix_seconds(&self) -> i64 {
        self.seconds
    }

    /// The nanoseconds past [`unix_seconds`](Self::unix_seconds), below 1,000,000,000.
    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// `duration` later, or `None` out of range.
    pub fn checked_add(&self, duration: Duration) -> Option<Self> {
        let nanos = self.nanos + duration.subsec_nanos();
        let seconds = i64::try_from(duration.as_secs())
            .ok()?
            .checked_add(self.seconds)?
            .checked_add(i64::from(nanos / NANOS_PER_SECOND))?;
        Self::from_unix(seconds, nanos % NANOS_PER_SECOND)
    }

    /// `duration` earlier, or `None` out of range.
    ///
    /// ```
    /// use std::time::Duration;
    /// let at: authn_api::Timestamp = "2024-01-01T00:00:00Z".parse()?;
    /// let before = at.checked_sub(Duration::from_millis(1)).expect("in range");
    /// assert_eq!(before.to_string(), "2023-12-31T23:59:59.999Z");
    /// # Ok::<(), authn_api::TimestampError>(())
    /// ```
    pub fn checked_sub(&self, duration: Duration) -> Option<Self> {
        let mut seconds = self
            .seconds
            .checked_sub(i64::try_from(duration.as_secs()).ok()?)?;
        let mut nanos = self.nanos;
        if nanos < duration.subsec_nanos() {
            seconds = seconds.checked_sub(1)?;
            nanos += NANOS_PER_SECOND;
        }
        Self::from_unix(seconds, nanos - duration.subsec_nanos())
    }

    /// How long after `earlier` this is, or `None` when `earlier` is later.
    ///
    /// ```
    /// let expire: authn_api::Timestamp = "2024-01-01T00:15:00Z".parse()?;
    /// let now: authn_api::Timestamp = "2024-01-01T00:00:00Z".parse()?;
    /// assert_eq!(expire.duration_since(now).map(|d| d.as_secs()), Some(900));
    /// assert_eq!(now.duration_since(expire), None);
    /// # Ok::<(), authn_api::TimestampError>(())
    /// ```
    pub fn duration_since(&self, earlier: Timestamp) -> Option<Duration> {
        if *self < earlier {
            return None;
        }
        let (mut seconds, mut nanos) = (self.seconds - earlier.seconds, self.nanos);
        if nanos < earlier.nanos {
            seconds -= 1;
            nanos += NANOS_PER_SECOND;
        }
        Some(Duration::new(
            u64::try_from(seconds).ok()?,
            nanos - earlier.nanos,
        ))
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// RFC 3339 in UTC, with as many fraction digits as needed (0, 3, 6 or 9) and `Z`, as chrono's
/// `to_rfc3339_opts(SecondsFormat::AutoSi, true)` writes it.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.seconds.div_euclid(SECONDS_PER_DAY);
        let second_of_day = self.seconds.rem_euclid(SECONDS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        if (0..=9999).contains(&year) {
            write!(f, "{year:04}")?;
        } else {
            // chrono's form outside RFC 3339's four digits.
            write!(f, "{year:+05}")?;
        }
        write!(
            f,
            "-{month:02}-{day:02}T{:02}:{:02}:{:02}",
            second_of_day / 3600,
            second_of_day / 60 % 60,
            second_of_day % 60
        )?;
        let nanos = self.nanos;
        if nanos == 0 {
        } else if nanos.is_multiple_of(1_000_000) {
            write!(f, ".{:03}", nanos / 1_000_000)?;
        } else if nanos.is_multiple_of(1_000) {
            write!(f, ".{:06}", nanos / 1_000)?;
        } else {
            write!(f, ".{nanos:09}")?;
        }
        f.write_str("Z")
    }
}

/// RFC 3339: `YYYY-MM-DD`, `T` (or `t`, or a space), `HH:MM:SS`, an optional fraction of any
/// length (read to the nanosecond), and `Z`, `z` or `±HH:MM`. A leap second (`:60`) reads as the
/// last nanosecond of its minute's second 59.
impl FromStr for Timestamp {
    type Err = TimestampError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s.as_bytes()).map_err(TimestampError)
    }
}

fn parse(b: &[u8]) -> Result<Timestamp, &'static str> {
    let shape = "not in the shape YYYY-MM-DDTHH:MM:SS[.F]Z (or ±HH:MM)";
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return Err(shape);
    }
    let number = |run: &[u8]| digits(run).ok_or(shape);
    let (year, month, day) = (number(&b[0..4])?, number(&b[5..7])?, number(&b[8..10])?);
    let (hour, minute, mut second) = (
        number(&b[11..13])?,
        number(&b[14..16])?,
        number(&b[17..19])?,
    );
    let mut rest = &b[19..];
    let mut nanos = 0u32;
    if let Some((b'.', fraction)) = rest.split_first() {
        let n = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return Err(shape);
        }
        // Digits past the ninth are below a nanosecond: read and dropped.
        let kept = n.min(9);
        nanos = number(&fraction[..kept])? * 10u32.pow(9 - kept as u32);
        rest = &fraction[n..];
    }
    let offset = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let (hours, minutes) = (number(&[*h1, *h2])?, number(&[*m1, *m2])?);
            if hours > 23 || minutes > 59 {
                return Err("offset out of range");
            }
            let seconds = i64::from(hours * 3600 + minutes * 60);
            if *sign == b'-' { -seconds } else { seconds }
        }
        _ => return Err(shape),
    };
    if !(1..=12).contains(&month) {
        return Err("no such month");
    }
    if day == 0 || day > days_in_month(year, month) {
        return Err("no such day");
    }
    if hour > 23 || minute > 59 || second > 60 {
        return Err("no such time of day");
    }
    if second == 60 {
        second = 59;
        nanos = NANOS_PER_SECOND - 1;
    }
    let days = days_from_civil(i64::from(year), i64::from(month), i64::from(day));
    let local = days * SECONDS_PER_DAY + i64::from(hour * 3600 + minute * 60 + second);
    Ok(Timestamp {
        seconds: local - offset,
        nanos,
    })
}

/// The value of a run of ASCII digits (at most 9), or `None` if one is not a digit.
fn digits(run: &[u8]) -> Option<u32> {
    run.iter().try_fold(0u32, |value, &c| {
        c.is_ascii_digit().then(|| value * 10 + u32::from(c - b'0'))
    })
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
const fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
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

#[cfg(feature = "chrono")]
mod with_chrono {
    use super::Timestamp;
    use chrono::{DateTime, Utc};
    use std::cmp::Ordering;

    /// ```
    /// let at = chrono::DateTime::from_timestamp(1_704_164_645, 0).expect("in range");
    /// assert_eq!(authn_api::Timestamp::from(at).to_string(), "2024-01-02T03:04:05Z");
    /// ```
    impl From<DateTime<Utc>> for Timestamp {
        fn from(at: DateTime<Utc>) -> Self {
            // chrono keeps a leap second as a nanosecond count past 999,999,999.
            Self {
                seconds: at.timestamp(),
                nanos: at.timestamp_subsec_nanos().min(super::NANOS_PER_SECOND - 1),
            }
        }
    }

    /// ```
    /// let at: authn_api::Timestamp = "2024-01-02T03:04:05Z".parse()?;
    /// assert_eq!(chrono::DateTime::<chrono::Utc>::from(at).timestamp(), 1_704_164_645);
    /// # Ok::<(), authn_api::TimestampError>(())
    /// ```
    impl From<Timestamp> for DateTime<Utc> {
        fn from(at: Timestamp) -> Self {
            // Every `Timestamp` is in chrono's range (`from_unix` checks it): the fallback is
            // never taken.
            DateTime::from_timestamp(at.seconds, at.nanos).unwrap_or(DateTime::<Utc>::MAX_UTC)
        }
    }

    impl PartialEq<DateTime<Utc>> for Timestamp {
        fn eq(&self, other: &DateTime<Utc>) -> bool {
            *self == Timestamp::from(*other)
        }
    }

    impl PartialEq<Timestamp> for DateTime<Utc> {
        fn eq(&self, other: &Timestamp) -> bool {
            Timestamp::from(*self) == *other
        }
    }

    impl PartialOrd<DateTime<Utc>> for Timestamp {
        fn partial_cmp(&self, other: &DateTime<Utc>) -> Option<Ordering> {
            Some(self.cmp(&Timestamp::from(*other)))
        }
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> String {
        "DateTime".into()
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::String.into()),
            format: Some("date-time".into()),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
    use proptest::prelude::*;

    /// chrono's reading of `s`, as `(seconds, nanos)`.
    fn chrono(s: &str) -> Option<(i64, u32)> {
        let at = s.parse::<DateTime<FixedOffset>>().ok()?;
        Some((at.timestamp(), at.timestamp_subsec_nanos()))
    }

    fn ours(s: &str) -> Option<(i64, u32)> {
        s.parse::<Timestamp>().ok().map(|t| (t.seconds, t.nanos))
    }

    #[test]
    fn rfc_3339_shapes_read_as_chrono_reads_them() {
        for s in [
            "2024-01-02T03:04:05Z",
            "2024-01-02T03:04:05.1Z",
            "2024-01-02T03:04:05.123456Z",
            "2024-01-02T03:04:05.123456789Z",
            "2024-01-02T03:04:05.1234567891Z",
            "2024-02-29T23:59:59.999+05:30",
            "1970-01-01T00:00:00-00:00",
            "0000-01-01T00:00:00+00:01",
            "9999-12-31T23:59:59-23:59",
            "2024-01-02 03:04:05Z",
            "2024-01-02t03:04:05z",
            "1969-12-31T23:59:59.5Z",
        ] {
            assert_eq!(ours(s), chrono(s), "{s}");
            assert!(ours(s).is_some(), "{s}");
        }
    }

    #[test]
    fn bad_values_are_refused_with_the_reason() {
        for (s, why) in [
            ("2023-02-29T03:04:05Z", "no such day"),
            ("2024-13-02T03:04:05Z", "no such month"),
            ("2024-01-02T24:00:00Z", "no such time of day"),
            ("2024-01-02T03:04:05+24:00", "offset out of range"),
            ("2024-01-02T03:04:05+0100", "not in the shape"),
            ("2024-01-02T03:04:05Z ", "not in the shape"),
            ("+12024-01-02T03:04:05Z", "not in the shape"),
            ("2024-01-02T03:04:05.Z", "not in the shape"),
            ("yesterday", "not in the shape"),
            ("", "not in the shape"),
        ] {
            let error = s.parse::<Timestamp>().expect_err(s).to_string();
            assert!(error.starts_with("not an RFC 3339 date-time: "), "{error}");
            assert!(error.contains(why), "{s}: {error}");
        }
    }

    #[test]
    fn a_leap_second_reads_as_the_last_nanosecond_before_it() {
        let leap: Timestamp = "2016-12-31T23:59:60.5Z".parse().expect("leap second");
        assert_eq!(leap.to_string(), "2016-12-31T23:59:59.999999999Z");
    }

    #[test]
    fn the_range_is_chronos() {
        assert_eq!(MIN_SECONDS, DateTime::<Utc>::MIN_UTC.timestamp());
        assert_eq!(MAX_SECONDS, DateTime::<Utc>::MAX_UTC.timestamp());
        assert!(Timestamp::from_unix(MAX_SECONDS + 1, 0).is_none());
        assert!(Timestamp::from_unix(0, NANOS_PER_SECOND).is_none());
        let max = Timestamp::from_unix(MAX_SECONDS, NANOS_PER_SECOND - 1).expect("max");
        assert_eq!(max.checked_add(Duration::from_nanos(1)), None);
        let min = Timestamp::from_unix(MIN_SECONDS, 0).expect("min");
        assert_eq!(min.checked_sub(Duration::from_nanos(1)), None);
    }

    #[test]
    fn now_is_the_clocks() {
        let before = Utc::now();
        let now = Timestamp::now();
        let after = Utc::now();
        let as_chrono = |t: DateTime<Utc>| (t.timestamp(), t.timestamp_subsec_nanos());
        assert!(as_chrono(before) <= (now.seconds, now.nanos));
        assert!((now.seconds, now.nanos) <= as_chrono(after));
    }

    #[test]
    fn it_serialises_and_deserialises_as_a_string() {
        let at: Timestamp =
            serde_json::from_str("\"2024-01-02T03:04:05.12-07:00\"").expect("valid");
        assert_eq!(
            serde_json::to_string(&at).expect("serialises"),
            "\"2024-01-02T10:04:05.120Z\""
        );
        let bad = serde_json::from_str::<Timestamp>("\"yesterday\"").expect_err("not a date-time");
        assert!(
            bad.to_string().starts_with("not an RFC 3339 date-time"),
            "{bad}"
        );
        assert!(serde_json::from_str::<Timestamp>("5").is_err());
    }

    /// RFC 3339's `date-time` (section 5.6), with the space separator its note allows, and
    /// any case for `T` and `Z`; field ranges are left to the parsers.
    fn rfc_3339_shape(s: &str) -> bool {
        // Compiled once for the 40,000 cases of the two properties that ask.
        static SHAPE: std::sync::LazyLock<regress::Regex> = std::sync::LazyLock::new(|| {
            regress::Regex::new(
                r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$",
            )
            .expect("compiles")
        });
        SHAPE.find(s).is_some()
    }

    /// Strings near RFC 3339: each part is a run of digits of a random length and value, each
    /// separator is usually the expected one, and the offset is `Z`, `±HH:MM` or noise.
    fn near_rfc_3339() -> impl Strategy<Value = String> {
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
            (sep('T'), 0u32..26, sep(':'), 0u32..62, sep(':'), 0u32..60),
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

        /// What we accept, chrono accepts, as the same instant; and a string in RFC 3339's
        /// shape is read exactly when chrono reads it. (chrono's relaxed parser also takes
        /// shapes RFC 3339 does not define, such as `+0100` or `UTC`: we refuse those.)
        #[test]
        fn what_we_read_chrono_reads_the_same(s in near_rfc_3339()) {
            if let Some(at) = ours(&s) {
                prop_assert_eq!(Some(at), chrono(&s), "{}", s);
            }
            if rfc_3339_shape(&s) {
                prop_assert_eq!(ours(&s), chrono(&s), "{}", s);
            }
        }

        #[test]
        fn any_string_is_read_as_chrono_reads_it_or_refused(
            s in prop_oneof![near_rfc_3339(), "\\PC{0,40}"],
        ) {
            if let Some(at) = ours(&s) {
                prop_assert_eq!(Some(at), chrono(&s));
            }
            if rfc_3339_shape(&s) {
                prop_assert_eq!(ours(&s), chrono(&s), "{}", s);
            }
        }

        /// Every instant in chrono's range prints as chrono prints it and reads back.
        #[test]
        fn it_prints_as_chrono_and_reads_back(
            seconds in MIN_SECONDS..=MAX_SECONDS,
            nanos in prop_oneof![Just(0u32), 0u32..1000, (0u32..1000).prop_map(|n| n * 1_000_000), 0..NANOS_PER_SECOND],
        ) {
            let ours = Timestamp::from_unix(seconds, nanos).expect("in range");
            let theirs = DateTime::from_timestamp(seconds, nanos).expect("in range");
            prop_assert_eq!(ours.to_string(), theirs.to_rfc3339_opts(SecondsFormat::AutoSi, true));
            prop_assert_eq!(serde_json::to_value(ours).ok(), serde_json::to_value(theirs).ok());
            if (0..=9999).contains(&civil_from_days(seconds.div_euclid(SECONDS_PER_DAY)).0) {
                prop_assert_eq!(ours.to_string().parse::<Timestamp>(), Ok(ours));
            }
        }

        #[test]
        fn adding_and_subtracting_agree_with_chrono(
            seconds in -100_000_000_000i64..100_000_000_000,
            nanos in 0..NANOS_PER_SECOND,
            by_seconds in 0u64..10_000_000_000,
            by_nanos in 0..NANOS_PER_SECOND,
        ) {
            let at = Timestamp::from_unix(seconds, nanos).expect("in range");
            let by = Duration::new(by_seconds, by_nanos);
            let theirs = DateTime::from_timestamp(seconds, nanos).expect("in range");
            let delta = chrono::TimeDelta::from_std(by).expect("in range");
            let as_pair = |t: DateTime<Utc>| (t.timestamp(), t.timestamp_subsec_nanos());
            let later = at.checked_add(by).expect("in range");
            prop_assert_eq!((later.seconds, later.nanos), as_pair(theirs + delta));
            let earlier = at.checked_sub(by).expect("in range");
            prop_assert_eq!((earlier.seconds, earlier.nanos), as_pair(theirs - delta));
            prop_assert_eq!(later.duration_since(at), Some(by));
            prop_assert_eq!(at.duration_since(earlier), Some(by));
            prop_assert_eq!(earlier.duration_since(at), (by.is_zero()).then_some(Duration::ZERO));
        }
    }
}
