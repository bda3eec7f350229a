//! What a client child measures about itself, and the one JSON line it prints.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// One run of one workload by one contender, as printed by a client child (Rust or Python).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Sample {
    /// `sdk`, `floor` or `python`.
    pub contender: String,
    /// `sequential`, `concurrent`, `mixed` or `pagination`.
    pub workload: String,
    /// What exactly ran, e.g. `pangea-sdk 6.13.0, AuthNAsync, 64 tasks`.
    pub client: String,
    /// HTTP requests made in the measured section.
    pub requests: u64,
    /// Units of work the throughput counts: requests, or users for pagination.
    pub items: u64,
    /// Requests in flight.
    pub concurrency: u64,
    /// `current` or `multi` (the tokio runtime of a Rust client); `python` for the Python SDK.
    #[serde(default)]
    pub runtime: String,
    /// Wall-clock time of the measured section, in seconds.
    pub wall_s: f64,
    /// User CPU time of the client process in the measured section, in seconds.
    pub cpu_user_s: f64,
    /// System CPU time of the client process in the measured section, in seconds.
    pub cpu_sys_s: f64,
    /// Peak resident set size of the client process over its whole life, in KiB.
    pub max_rss_kib: u64,
    /// Median request latency, in microseconds.
    pub p50_us: f64,
    /// 99th percentile request latency, in microseconds.
    pub p99_us: f64,
    /// CPU time (user + system) the emulator process used during the measured section, in
    /// seconds (from /proc, so in 10 ms ticks), when its pid was given.
    #[serde(default)]
    pub server_cpu_s: Option<f64>,
}

impl Sample {
    /// Items per second.
    pub fn throughput(&self) -> f64 {
        if self.wall_s > 0.0 {
            self.items as f64 / self.wall_s
        } else {
            0.0
        }
    }

    /// Client CPU (user + system) per item, in microseconds.
    pub fn cpu_per_item_us(&self) -> f64 {
        if self.items == 0 {
            return 0.0;
        }
        (self.cpu_user_s + self.cpu_sys_s) * 1e6 / self.items as f64
    }

    /// Emulator CPU per request, in microseconds.
    pub fn server_cpu_per_request_us(&self) -> Option<f64> {
        let cpu = self.server_cpu_s?;
        (self.requests > 0).then(|| cpu * 1e6 / self.requests as f64)
    }

    /// Peak RSS in MiB.
    pub fn max_rss_mib(&self) -> f64 {
        self.max_rss_kib as f64 / 1024.0
    }
}

/// CPU time and peak RSS of this process so far.
#[derive(Debug, Clone, Copy)]
pub struct Usage {
    pub user: Duration,
    pub sys: Duration,
    pub max_rss_kib: u64,
}

fn timeval(tv: nix::sys::time::TimeVal) -> Duration {
    let secs = u64::try_from(tv.tv_sec()).unwrap_or(0);
    let micros = u32::try_from(tv.tv_usec()).unwrap_or(0);
    Duration::from_secs(secs) + Duration::from_micros(u64::from(micros))
}

/// `getrusage(RUSAGE_SELF)`: every thread of this process.
pub fn usage() -> Result<Usage, String> {
    rusage(nix::sys::resource::UsageWho::RUSAGE_SELF)
}

/// `getrusage(RUSAGE_CHILDREN)`: every child process waited for so far, with the descendants
/// each of them waited for.
pub fn children_usage() -> Result<Usage, String> {
    rusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)
}

fn rusage(who: nix::sys::resource::UsageWho) -> Result<Usage, String> {
    let usage = nix::sys::resource::getrusage(who).map_err(|e| format!("getrusage failed: {e}"))?;
    Ok(Usage {
        user: timeval(usage.user_time()),
        sys: timeval(usage.system_time()),
        // Linux reports ru_maxrss in KiB.
        max_rss_kib: u64::try_from(usage.max_rss()).unwrap_or(0),
    })
}

/// Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux whatever the kernel's HZ).
const USER_HZ: f64 = 100.0;

/// User + system CPU time of another process so far, from `/proc/<pid>/stat`.
pub fn process_cpu(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: split after it.
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12.
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / USER_HZ)
}

/// A `VmXxx:` line of `/proc/<pid>/status`, in KiB.
pub fn process_status_kib(pid: u32, key: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find_map(|line| {
        let value = line.strip_prefix(key)?.strip_prefix(':')?;
        value.split_whitespace().next()?.parse().ok()
    })
}

/// The `q` quantile (0..=1) of `values`, sorting them; nearest rank.
pub fn quantile(values: &mut [u64], q: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_unstable();
    let rank = (q * values.len() as f64).ceil() as usize;
    let index = rank.clamp(1, values.len()) - 1;
    values[index] as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_use_the_nearest_rank() {
        let mut values: Vec<u64> = (1..=100).rev().collect();
        assert_eq!(quantile(&mut values, 0.5), 50.0);
        assert_eq!(quantile(&mut values, 0.99), 99.0);
        assert_eq!(quantile(&mut values, 1.0), 100.0);
        assert_eq!(quantile(&mut [], 0.5), 0.0);
        assert_eq!(quantile(&mut [7], 0.99), 7.0);
    }

    #[test]
    fn a_waited_for_child_is_counted_in_the_children_usage() {
        let before = children_usage().expect("getrusage");
        // A child that burns some CPU: a shell loop.
        let status = std::process::Command::new("sh")
            .args(["-c", "i=0; while [ $i -lt 50000 ]; do i=$((i+1)); done"])
            .status()
            .expect("sh");
        assert!(status.success());
        let after = children_usage().expect("getrusage");
        assert!(after.user + after.sys > before.user + before.sys);
    }

    #[test]
    fn own_usage_and_proc_are_readable() {
        let usage = usage().expect("getrusage");
        assert!(usage.max_rss_kib > 0);
        let pid = std::process::id();
        assert!(process_cpu(pid).is_some());
        assert!(process_status_kib(pid, "VmRSS").is_some_and(|kib| kib > 0));
    }
}
