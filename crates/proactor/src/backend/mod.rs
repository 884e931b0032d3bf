//! Backends behind the proactor's one API.

pub(crate) mod uring;

use std::time::Duration;

pub(crate) use uring::UringDriver as Driver;

/// How long a tick's kernel entry may wait for completions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wait {
    /// Do not wait: tasks are ready to run.
    Poll,
    /// Wait at most this long: the nearest timer.
    Until(Duration),
    /// Wait for the next completion: no timer is pending.
    Forever,
}

/// Counters the backend keeps.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct DriverCounters {
    pub(crate) submitted: u64,
    pub(crate) completed: u64,
    pub(crate) enters: u64,
    pub(crate) cq_overflows: u64,
    pub(crate) stale_completions: u64,
    pub(crate) sq_full_submits: u64,
}
