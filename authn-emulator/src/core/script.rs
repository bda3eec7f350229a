//! Scripted faults: what the next calls of an operation do, said per operation and consumed
//! call by call, unlike the random rates of [`Faults`](crate::Faults).
//!
//! Three kinds, set through the admin routes under `/_emulator/faults/`, the binary's flags
//! or the [`Emulator`](crate::Emulator) methods:
//!
//! * fail: the next `count` calls answer HTTP `status` (optionally with `Retry-After`);
//! * delay: every call waits `delay` before it is answered, until a reset;
//! * accept: the next `count` calls that would answer HTTP 200 answer 202 `Accepted` instead,
//!   and `GET /request/{id}` returns the held-back answer on poll number `polls`.
//!
//! Operations are named by their `operationId` in the description (`user_create`,
//! `request_poll`...).

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The operations a fault can target: the `operationId`s of `openapi/authn.yaml` (a test
/// checks that they are exactly the routes' ones).
pub const OPERATIONS: [&str; 24] = [
    "client_userinfo",
    "client_password_change",
    "client_token_check",
    "client_session_refresh",
    "client_session_logout",
    "client_session_list",
    "client_session_invalidate",
    "client_jwks",
    "session_list",
    "session_invalidate",
    "session_logout",
    "user_invite",
    "user_invite_list",
    "user_invite_delete",
    "user_password_expire",
    "user_create",
    "user_delete",
    "user_list",
    "user_update",
    "user_profile_get",
    "user_profile_update",
    "user_authenticators_delete",
    "user_authenticators_list",
    "request_poll",
];

/// Why a scripted fault was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FaultError {
    /// Not one of [`OPERATIONS`].
    UnknownOperation(String),
    /// A failure status outside 400..=599.
    Status(u16),
    /// A count or a poll number of 0.
    Zero(&'static str),
    /// `request_poll` cannot itself be accepted for later.
    AcceptPoll,
}

impl fmt::Display for FaultError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FaultError::UnknownOperation(name) => write!(
                f,
                "`{name}` is not an operation; use one of {}",
                OPERATIONS.join(", ")
            ),
            FaultError::Status(status) => {
                write!(f, "a failure status must be 400 to 599, not {status}")
            }
            FaultError::Zero(what) => write!(f, "{what} must be at least 1"),
            FaultError::AcceptPoll => f.write_str("request_poll cannot be accepted for later"),
        }
    }
}

impl std::error::Error for FaultError {}

impl FaultError {
    /// The JSON pointer of the offending field in an admin request, and a Pangea error code.
    pub(crate) fn field(&self) -> (&'static str, &'static str) {
        match self {
            FaultError::UnknownOperation(_) | FaultError::AcceptPoll => {
                ("/operation", "NotEnumMember")
            }
            FaultError::Status(_) => ("/status", "NotWithinRange"),
            FaultError::Zero(what) => (what, "NotWithinRange"),
        }
    }
}

fn known(operation: &str) -> Result<(), FaultError> {
    if OPERATIONS.contains(&operation) {
        Ok(())
    } else {
        Err(FaultError::UnknownOperation(operation.to_string()))
    }
}

/// "The next `count` calls of `operation` answer HTTP `status`."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FailNext {
    /// The `operationId`.
    pub operation: String,
    /// How many calls fail (default 1).
    #[serde(default = "one")]
    pub count: u32,
    /// The HTTP status, 400 to 599.
    pub status: u16,
    /// The `Retry-After` header of those answers, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

/// "Every call of `operation` waits `delay_ms` before it is answered."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delay {
    /// The `operationId`.
    pub operation: String,
    /// The added delay, in milliseconds.
    pub delay_ms: u64,
}

/// "The next `count` calls of `operation` are accepted with a 202, each resolved on poll
/// `polls`."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcceptNext {
    /// The `operationId`.
    pub operation: String,
    /// How many calls are accepted (default 1).
    #[serde(default = "one")]
    pub count: u32,
    /// The poll of `GET /request/{id}` that returns the answer (1: the first).
    pub polls: u32,
}

fn one() -> u32 {
    1
}

/// What a call is to do, as the script says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct OnCall {
    pub delay: Duration,
    /// The status and `Retry-After` of a scripted failure.
    pub fail: Option<(u16, Option<u64>)>,
}

/// Every scripted fault still to happen, and how many calls each operation had.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Script {
    /// Failures still to happen, oldest first.
    pub fail: Vec<FailNext>,
    /// Delays in force.
    pub delay: Vec<Delay>,
    /// Acceptances still to happen, oldest first.
    pub accept: Vec<AcceptNext>,
    /// Calls per operation since the start or the last reset, refused ones included (a wrong
    /// token excepted), so that a test can see a retry or a poll happen.
    pub calls: BTreeMap<String, u64>,
}

impl Script {
    /// Adds a failure.
    pub fn fail(&mut self, fault: FailNext) -> Result<(), FaultError> {
        known(&fault.operation)?;
        if !(400..=599).contains(&fault.status) {
            return Err(FaultError::Status(fault.status));
        }
        if fault.count == 0 {
            return Err(FaultError::Zero("/count"));
        }
        self.fail.push(fault);
        Ok(())
    }

    /// Adds a delay, replacing the operation's previous one.
    pub fn delay(&mut self, fault: Delay) -> Result<(), FaultError> {
        known(&fault.operation)?;
        self.delay.retain(|d| d.operation != fault.operation);
        self.delay.push(fault);
        Ok(())
    }

    /// Adds an acceptance.
    pub fn accept(&mut self, fault: AcceptNext) -> Result<(), FaultError> {
        known(&fault.operation)?;
        if fault.operation == "request_poll" {
            return Err(FaultError::AcceptPoll);
        }
        if fault.count == 0 {
            return Err(FaultError::Zero("/count"));
        }
        if fault.polls == 0 {
            return Err(FaultError::Zero("/polls"));
        }
        self.accept.push(fault);
        Ok(())
    }

    /// Forgets every fault and every count.
    pub fn reset(&mut self) {
        *self = Script::default();
    }

    /// Counts a call of `operation` and takes what the script says for it.
    pub(crate) fn on_call(&mut self, operation: &str) -> OnCall {
        *self.calls.entry(operation.to_string()).or_default() += 1;
        let delay = self
            .delay
            .iter()
            .find(|d| d.operation == operation)
            .map_or(Duration::ZERO, |d| Duration::from_millis(d.delay_ms));
        let fail = take(&mut self.fail, operation).map(|f| (f.status, f.retry_after));
        OnCall { delay, fail }
    }

    /// Takes the poll number of a scripted acceptance of `operation`, if one is due.
    pub(crate) fn take_accept(&mut self, operation: &str) -> Option<u32> {
        take(&mut self.accept, operation).map(|a| a.polls)
    }
}

/// Takes one use of the oldest entry for `operation`, dropping it once used up.
fn take<T: Countdown + Clone>(entries: &mut Vec<T>, operation: &str) -> Option<T> {
    let index = entries.iter().position(|e| e.operation() == operation)?;
    let entry = &mut entries[index];
    *entry.left() -= 1;
    let taken = entry.clone();
    if *entry.left() == 0 {
        entries.remove(index);
    }
    Some(taken)
}

/// A fault used up call by call.
trait Countdown {
    fn operation(&self) -> &str;
    fn left(&mut self) -> &mut u32;
}

impl Countdown for FailNext {
    fn operation(&self) -> &str {
        &self.operation
    }
    fn left(&mut self) -> &mut u32 {
        &mut self.count
    }
}

impl Countdown for AcceptNext {
    fn operation(&self) -> &str {
        &self.operation
    }
    fn left(&mut self) -> &mut u32 {
        &mut self.count
    }
}

/// The Pangea status that goes with a scripted failure's HTTP status.
pub(crate) fn status_text(http: u16) -> &'static str {
    match http {
        400 => "ValidationError",
        401 => "Unauthorized",
        404 => "NotFound",
        429 => "TooManyRequests",
        500 => "InternalError",
        502..=504 => "ServiceNotAvailable",
        _ => "InjectedFault",
    }
}

/// Parses the binary's `--fail OP:COUNT:STATUS[:RETRY_AFTER_SECS]`.
pub fn parse_fail(text: &str) -> Result<FailNext, String> {
    let parts: Vec<&str> = text.split(':').collect();
    let usage = || format!("--fail `{text}`: expected OPERATION:COUNT:STATUS[:RETRY_AFTER_SECS]");
    let (operation, count, status, retry_after) = match parts.as_slice() {
        [op, count, status] => (op, count, status, None),
        [op, count, status, after] => (op, count, status, Some(after)),
        _ => return Err(usage()),
    };
    Ok(FailNext {
        operation: operation.to_string(),
        count: count.parse().map_err(|_| usage())?,
        status: status.parse().map_err(|_| usage())?,
        retry_after: match retry_after {
            Some(after) => Some(after.parse().map_err(|_| usage())?),
            None => None,
        },
    })
}

/// Parses the binary's `--delay OP:MILLIS`.
pub fn parse_delay(text: &str) -> Result<Delay, String> {
    let usage = || format!("--delay `{text}`: expected OPERATION:MILLISECONDS");
    let (operation, millis) = text.split_once(':').ok_or_else(usage)?;
    Ok(Delay {
        operation: operation.to_string(),
        delay_ms: millis.parse().map_err(|_| usage())?,
    })
}

/// Parses the binary's `--accept OP:POLL[:COUNT]`.
pub fn parse_accept(text: &str) -> Result<AcceptNext, String> {
    let parts: Vec<&str> = text.split(':').collect();
    let usage = || format!("--accept `{text}`: expected OPERATION:POLL[:COUNT]");
    let (operation, polls, count) = match parts.as_slice() {
        [op, polls] => (op, polls, "1"),
        [op, polls, count] => (op, polls, *count),
        _ => return Err(usage()),
    };
    Ok(AcceptNext {
        operation: operation.to_string(),
        polls: polls.parse().map_err(|_| usage())?,
        count: count.parse().map_err(|_| usage())?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_are_used_up_in_order_and_delays_stay() {
        let mut script = Script::default();
        script
            .fail(parse_fail("user_list:2:503:1").expect("parses"))
            .expect("valid");
        script
            .fail(parse_fail("user_list:1:429").expect("parses"))
            .expect("valid");
        script
            .delay(parse_delay("user_list:40").expect("parses"))
            .expect("valid");
        let seen: Vec<Option<(u16, Option<u64>)>> =
            (0..5).map(|_| script.on_call("user_list").fail).collect();
        assert_eq!(
            seen,
            [
                Some((503, Some(1))),
                Some((503, Some(1))),
                Some((429, None)),
                None,
                None
            ]
        );
        assert_eq!(script.on_call("user_list").delay, Duration::from_millis(40));
        assert_eq!(script.on_call("user_create"), OnCall::default());
        assert_eq!(script.calls["user_list"], 6);
        script.reset();
        assert_eq!(script, Script::default());
    }

    #[test]
    fn acceptances_are_taken_once_each() {
        let mut script = Script::default();
        script
            .accept(parse_accept("user_create:3:2").expect("parses"))
            .expect("valid");
        assert_eq!(script.take_accept("user_list"), None);
        assert_eq!(script.take_accept("user_create"), Some(3));
        assert_eq!(script.take_accept("user_create"), Some(3));
        assert_eq!(script.take_accept("user_create"), None);
    }

    #[test]
    fn bad_faults_get_a_typed_error() {
        let mut script = Script::default();
        let fail = |op: &str, count, status| FailNext {
            operation: op.into(),
            count,
            status,
            retry_after: None,
        };
        assert_eq!(
            script.fail(fail("user_nope", 1, 503)),
            Err(FaultError::UnknownOperation("user_nope".into()))
        );
        assert_eq!(
            script.fail(fail("user_list", 1, 200)),
            Err(FaultError::Status(200))
        );
        assert_eq!(
            script.fail(fail("user_list", 0, 503)),
            Err(FaultError::Zero("/count"))
        );
        assert_eq!(
            script.accept(AcceptNext {
                operation: "request_poll".into(),
                count: 1,
                polls: 1
            }),
            Err(FaultError::AcceptPoll)
        );
        assert_eq!(script, Script::default());
        for bad in ["user_list", "user_list:x:503", "user_list:1:503:1:2"] {
            assert!(parse_fail(bad).is_err(), "{bad}");
        }
        assert!(parse_delay("user_list").is_err());
        assert!(parse_accept("user_list:two").is_err());
    }
}
