//! When to retry, and how long to wait: pure functions, tested without HTTP.
//!
//! The rules follow Pangea's SDKs: HTTP 500, 502, 503 and 504 are retried with exponential
//! backoff (`min(base × 2ⁿ, max)`, less up to 25% of jitter), as is a connection that could not
//! be opened (the request never reached the service). Two additions: `Retry-After` is honoured
//! on 503, and a 429 is retried when, and only when, it says `Retry-After`. A timeout or a
//! connection lost after the request was sent is not retried: the service may have acted on it,
//! and `user/create` is not idempotent.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::Timestamp;

/// When the SDK retries a failed attempt, and how long it waits: give one to
/// [`Config::retry_policy`](crate::Config::retry_policy).
///
/// HTTP 500, 502, 503 and 504 and refused connections are retried, with a backoff of
/// `min(base × 2ⁿ, max)` less up to 25% of jitter, as Pangea's SDKs do; a `Retry-After` on
/// 503 (and on 429, which is retried only with one) is waited for, up to `max_retry_after`.
/// Timeouts and connections lost after the request was sent are never retried: the service
/// may have acted on them.
///
/// ```
/// use std::time::Duration;
/// use authn_sdk::RetryPolicy;
///
/// let mut policy = RetryPolicy::default(); // 3 retries, 0.5 s to 8 s, Retry-After up to 60 s
/// policy.max_retries = 5;
/// policy.max = Duration::from_secs(2);
/// let config = authn_sdk::Config::new("pts_mytoken").retry_policy(policy);
/// # let _ = config;
/// assert_eq!(RetryPolicy::none().max_retries, 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// How many retries after the first attempt.
    pub max_retries: u32,
    /// The first backoff.
    pub base: Duration,
    /// The longest backoff.
    pub max: Duration,
    /// The longest `Retry-After` worth waiting for.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 3,
            base: Duration::from_millis(500),
            max: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }
}

/// What one attempt ended with, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// An HTTP answer.
    Status {
        /// The HTTP status code.
        status: u16,
        /// The `Retry-After` header, when present and readable.
        retry_after: Option<Duration>,
    },
    /// The connection could not be opened: the request was never sent.
    ConnectFailed,
    /// Any other transport failure (timeout, reset after sending...).
    TransportFailed,
}

/// What to do after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Wait this long, then send the request again.
    RetryAfter(Duration),
    /// Keep this outcome.
    Stop,
}

/// Decides whether to retry after `retries_done` retries ended in `outcome`.
///
/// `jitter` is a number in `[0, 1)` drawn by the caller, so that this function stays pure.
pub(crate) fn decide(
    policy: &RetryPolicy,
    retries_done: u32,
    outcome: Outcome,
    jitter: f64,
) -> Decision {
    if retries_done >= policy.max_retries {
        return Decision::Stop;
    }
    let backoff = || Decision::RetryAfter(backoff(policy, retries_done, jitter));
    let wait_for = |after: Duration| {
        if after <= policy.max_retry_after {
            Decision::RetryAfter(after)
        } else {
            Decision::Stop
        }
    };
    match outcome {
        Outcome::ConnectFailed => backoff(),
        Outcome::TransportFailed => Decision::Stop,
        Outcome::Status {
            status: 503,
            retry_after: Some(after),
        } => wait_for(after),
        Outcome::Status {
            status: 429,
            retry_after: Some(after),
        } => wait_for(after),
        Outcome::Status {
            status: 500 | 502 | 503 | 504,
            ..
        } => backoff(),
        Outcome::Status { .. } => Decision::Stop,
    }
}

/// The backoff before retry number `retries_done + 1`: `min(base × 2ⁿ, max) × (1 − 0.25 × jitter)`.
pub(crate) fn backoff(policy: &RetryPolicy, retries_done: u32, jitter: f64) -> Duration {
    let factor = 2u32.saturating_pow(retries_done.min(31));
    let raw = policy.base.saturating_mul(factor).min(policy.max);
    // Not `Duration::mul_f64`: it panics when the product does not fit (a `max` near
    // `Duration::MAX`). The factor is at most 1, so `raw` itself is the bound.
    Duration::try_from_secs_f64(raw.as_secs_f64() * (1.0 - 0.25 * jitter.clamp(0.0, 1.0)))
        .map_or(raw, |delay| delay.min(raw))
}

/// Reads a `Retry-After` value: delay seconds (`120`) or an HTTP date, relative to `now`.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = parse_http_date(value)?;
    let now = Timestamp::from_unix(
        now.duration_since(UNIX_EPOCH)
            .ok()?
            .as_secs()
            .try_into()
            .ok()?,
        0,
    )?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// An HTTP date (RFC 9110 section 5.6.7): the IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, and
/// the two obsolete forms a recipient must still read, RFC 850's `Sunday, 06-Nov-94 08:49:37
/// GMT` (years 70 to 99 are 19xx, the others 20xx, as the httpdate crate reads them) and
/// asctime's `Sun Nov  6 08:49:37 1994`. The weekday is not checked against the date.
///
/// Written here rather than taken from httpdate for a user's build: a dozen lines over
/// `Timestamp`, which the SDK has anyway; a test holds it to httpdate.
fn parse_http_date(value: &str) -> Option<Timestamp> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = |name: &str| MONTHS.iter().position(|m| *m == name).map(|i| i + 1);
    let parts: Vec<&str> = value.split_whitespace().collect();
    let (year, month, day, time) = match parts[..] {
        [_weekday, day, name, year, time, "GMT"] if _weekday.ends_with(',') => {
            (year.to_string(), month(name)?, day, time)
        }
        [_weekday, date, time, "GMT"] if _weekday.ends_with(',') => {
            let mut date = date.split('-');
            let (day, name, year) = (date.next()?, date.next()?, date.next()?);
            let short: u16 = year.parse().ok().filter(|_| year.len() == 2)?;
            let year = if short < 70 {
                2000 + short
            } else {
                1900 + short
            };
            (year.to_string(), month(name)?, day, time)
        }
        [_weekday, name, day, time, year] => (year.to_string(), month(name)?, day, time),
        _ => return None,
    };
    if year.len() != 4 || !(1..=2).contains(&day.len()) || time.len() != 8 {
        return None;
    }
    format!("{year}-{month:02}-{day:0>2}T{time}Z").parse().ok()
}

/// A jitter in `[0, 1)` from the standard library's randomly seeded hasher: good enough to
/// spread retries, and no extra dependency.
pub(crate) fn random_jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(0);
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const POLICY: RetryPolicy = RetryPolicy {
        max_retries: 3,
        base: Duration::from_millis(500),
        max: Duration::from_secs(8),
        max_retry_after: Duration::from_secs(60),
    };

    fn status(status: u16) -> Outcome {
        Outcome::Status {
            status,
            retry_after: None,
        }
    }

    #[test]
    fn retries_the_server_errors_pangea_retries() {
        for code in [500, 502, 503, 504] {
            assert_eq!(
                decide(&POLICY, 0, status(code), 0.0),
                Decision::RetryAfter(Duration::from_millis(500)),
                "{code}"
            );
        }
    }

    #[test]
    fn never_retries_client_errors_or_success() {
        for code in [200, 202, 400, 401, 403, 404, 409, 429, 501, 505] {
            assert_eq!(
                decide(&POLICY, 0, status(code), 0.0),
                Decision::Stop,
                "{code}"
            );
        }
    }

    #[test]
    fn stops_after_the_configured_number_of_retries() {
        assert!(matches!(
            decide(&POLICY, 2, status(503), 0.0),
            Decision::RetryAfter(_)
        ));
        assert_eq!(decide(&POLICY, 3, status(503), 0.0), Decision::Stop);
        let none = RetryPolicy {
            max_retries: 0,
            ..POLICY
        };
        assert_eq!(decide(&none, 0, status(503), 0.0), Decision::Stop);
        assert_eq!(
            decide(&none, 0, Outcome::ConnectFailed, 0.0),
            Decision::Stop
        );
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let delays: Vec<u128> = (0..6)
            .map(|n| backoff(&POLICY, n, 0.0).as_millis())
            .collect();
        assert_eq!(delays, [500, 1000, 2000, 4000, 8000, 8000]);
        assert_eq!(backoff(&POLICY, u32::MAX, 0.0), Duration::from_secs(8));
    }

    #[test]
    fn the_longest_backoffs_do_not_panic() {
        let huge = RetryPolicy {
            base: Duration::MAX,
            max: Duration::MAX,
            ..RetryPolicy::default()
        };
        assert_eq!(backoff(&huge, 0, 0.0), Duration::MAX);
        assert_eq!(backoff(&huge, 3, 0.0), Duration::MAX);
        let shortened = backoff(&huge, 0, 1.0);
        assert!(
            shortened < Duration::MAX && shortened > Duration::MAX / 2,
            "{shortened:?}"
        );
        assert_eq!(
            decide(
                &huge,
                0,
                Outcome::Status {
                    status: 503,
                    retry_after: None
                },
                0.0
            ),
            Decision::RetryAfter(Duration::MAX)
        );
    }

    #[test]
    fn jitter_takes_off_at_most_a_quarter() {
        assert_eq!(backoff(&POLICY, 1, 0.5), Duration::from_millis(875));
        assert_eq!(backoff(&POLICY, 1, 1.0), Duration::from_millis(750));
        assert_eq!(
            backoff(&POLICY, 1, 7.0),
            Duration::from_millis(750),
            "clamped"
        );
        for _ in 0..1000 {
            let j = random_jitter();
            assert!((0.0..1.0).contains(&j), "{j}");
        }
    }

    #[test]
    fn retry_after_is_honoured_on_503_and_429() {
        let after = Some(Duration::from_secs(2));
        for code in [503, 429] {
            assert_eq!(
                decide(
                    &POLICY,
                    0,
                    Outcome::Status {
                        status: code,
                        retry_after: after
                    },
                    0.0
                ),
                Decision::RetryAfter(Duration::from_secs(2)),
                "{code}"
            );
        }
        // Too long a wait ends the call instead of hanging it.
        let long = Some(Duration::from_secs(3600));
        assert_eq!(
            decide(
                &POLICY,
                0,
                Outcome::Status {
                    status: 503,
                    retry_after: long
                },
                0.0
            ),
            Decision::Stop
        );
        // Retry-After on another status does not make it retryable.
        assert_eq!(
            decide(
                &POLICY,
                0,
                Outcome::Status {
                    status: 400,
                    retry_after: after
                },
                0.0
            ),
            Decision::Stop
        );
    }

    #[test]
    fn connection_failures_retry_but_other_transport_failures_do_not() {
        assert!(matches!(
            decide(&POLICY, 0, Outcome::ConnectFailed, 0.0),
            Decision::RetryAfter(_)
        ));
        assert_eq!(
            decide(&POLICY, 0, Outcome::TransportFailed, 0.0),
            Decision::Stop
        );
    }

    #[test]
    fn http_dates_read_as_httpdate_reads_them() {
        for value in [
            "Sun, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Thursday, 01-Jan-70 00:00:00 GMT",
            "Tuesday, 31-Dec-69 23:59:59 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Wed Nov 16 08:49:37 1994",
            "Thu, 29 Feb 2024 23:59:59 GMT",
        ] {
            let theirs = httpdate::parse_http_date(value).expect(value);
            let seconds = theirs
                .duration_since(UNIX_EPOCH)
                .expect("after 1970")
                .as_secs();
            let ours = parse_http_date(value).map(|t| t.unix_seconds());
            assert_eq!(ours, Some(seconds as i64), "{value}");
        }
        for value in [
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 94 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 30 Feb 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "tomorrow",
        ] {
            assert_eq!(parse_http_date(value), None, "{value}");
            assert!(httpdate::parse_http_date(value).is_err(), "{value}");
        }
    }

    proptest::proptest! {
        #[test]
        fn every_date_httpdate_writes_reads_back(seconds in 0u64..253_402_300_799) {
            let at = UNIX_EPOCH + Duration::from_secs(seconds);
            let written = httpdate::fmt_http_date(at);
            proptest::prop_assert_eq!(
                parse_http_date(&written).map(|t| t.unix_seconds()),
                Some(seconds as i64),
                "{}", written
            );
        }
    }

    #[test]
    fn parses_retry_after_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        assert_eq!(parse_retry_after(" 7 ", now), Some(Duration::from_secs(7)));
        let later = "Sun, 09 Sep 2001 01:47:10 GMT";
        assert_eq!(
            later,
            httpdate::fmt_http_date(now + Duration::from_secs(30))
        );
        assert_eq!(parse_retry_after(later, now), Some(Duration::from_secs(30)));
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(parse_retry_after(&earlier, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("-1", now), None);
        assert_eq!(parse_retry_after("", now), None);
    }

    #[test]
    fn the_examples_of_the_docs_hold() {
        let policy = RetryPolicy::default();
        let busy = Outcome::Status {
            status: 503,
            retry_after: None,
        };
        assert_eq!(
            decide(&policy, 0, busy, 0.0),
            Decision::RetryAfter(Duration::from_millis(500))
        );
        assert_eq!(decide(&policy, 3, busy, 0.0), Decision::Stop);
        let bad = Outcome::Status {
            status: 400,
            retry_after: None,
        };
        assert_eq!(decide(&policy, 0, bad, 0.0), Decision::Stop);
        let policy = RetryPolicy {
            max_retries: 10,
            ..RetryPolicy::default()
        };
        assert_eq!(backoff(&policy, 2, 0.0), Duration::from_secs(2));
        assert_eq!(backoff(&policy, 9, 0.0), Duration::from_secs(8));
        assert_eq!(backoff(&policy, 0, 1.0), Duration::from_millis(375));
        assert_eq!(
            parse_retry_after("3", SystemTime::now()),
            Some(Duration::from_secs(3))
        );
        assert_eq!(parse_retry_after("soon", SystemTime::now()), None);
        assert_eq!(RetryPolicy::none().max_retries, 0);
        assert_eq!(RetryPolicy::none().base, RetryPolicy::default().base);
    }
}
