//! What one full run is made of: the figures of each workload, the emulator's, the peers'.
//! The orchestrator fills them in; the report reads them.

use std::path::PathBuf;

use crate::client::Workload;
use crate::host::Machine;
use crate::measure::Sample;
use crate::mock::{MockFigures, Prism};
use crate::node::Node;

/// The pinned version of Pangea's official Python SDK (as in authn-emulator/python/run.sh).
pub const PANGEA_SDK_VERSION: &str = "6.13.0";

/// One workload's figures.
#[derive(Debug, Clone)]
pub struct WorkloadResult {
    pub workload: Workload,
    pub n: usize,
    pub seed: u64,
    /// The Rust contenders on the current-thread runtime.
    pub current: Pair,
    pub python: Option<Sample>,
    pub node: Option<Sample>,
    /// The Rust contenders again on tokio's multi-thread runtime (concurrent and mixed only).
    pub multi: Option<Pair>,
}

/// The median rounds of authn-sdk and the floor on one runtime, and every round's throughput.
#[derive(Debug, Clone)]
pub struct Pair {
    pub sdk: Sample,
    pub floor: Sample,
    pub sdk_rounds: Vec<f64>,
    pub floor_rounds: Vec<f64>,
}

/// The emulator's own figures.
#[derive(Debug, Clone)]
pub struct EmulatorFigures {
    pub users: u64,
    /// Resident memory after seeding, and its peak, in KiB.
    pub rss_kib: u64,
    pub hwm_kib: u64,
    /// Resident memory of an emulator with `seed` users, for the per-user cost.
    pub base_rss_kib: u64,
    pub base_users: u64,
    pub seed_s: f64,
    /// `user.profile.get` at 64 in flight against it.
    pub floor_gets: Sample,
    pub sdk_gets: Sample,
}

/// The Python contender: ready, or why not.
#[derive(Debug, Clone)]
pub enum Python {
    Ready {
        python: PathBuf,
        version: String,
        packages: String,
    },
    Skipped(String),
}

/// Everything one full run is made of.
#[derive(Debug, Clone)]
pub struct Results {
    pub quick: bool,
    pub rounds: usize,
    pub machine: Machine,
    pub python: Python,
    pub node: Node,
    pub prism: Prism,
    pub workloads: Vec<WorkloadResult>,
    /// SDK and floor pagination of `sizes.small_pagination` users.
    pub small_pagination: (Sample, Sample),
    pub emulator: EmulatorFigures,
    /// The emulator binary against Prism, or why it could not be run.
    pub mock: Result<MockFigures, String>,
    /// The share of the CPU other processes used just before the run (0 to 1).
    pub busy_before: f64,
}

impl Results {
    pub fn workload(&self, workload: Workload) -> Option<&WorkloadResult> {
        self.workloads.iter().find(|w| w.workload == workload)
    }
}
