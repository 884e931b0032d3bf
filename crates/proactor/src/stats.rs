//! Counters of one proactor, read without stopping it.

use crate::runtime::{self, Runtime};

/// A snapshot of a proactor's counters since it was built.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RingStats {
    /// SQEs pushed (operations, cancels, closes, wake reads).
    pub submitted: u64,
    /// CQEs reaped.
    pub completed: u64,
    /// `io_uring_enter` calls (`epoll_wait` on epoll).
    pub enters: u64,
    /// Loop iterations.
    pub ticks: u64,
    /// Task polls.
    pub task_polls: u64,
    /// Times the completion queue overflowed (the kernel held completions back; none lost).
    pub cq_overflows: u64,
    /// Extra kernel entries because the submission queue filled up within a tick.
    pub sq_full_submits: u64,
    /// Receives that found their buffer ring empty and waited for a buffer.
    pub buf_ring_exhausted: u64,
    /// io_uring: operations that met `EAGAIN` (a send to a full socket) and waited for
    /// readiness with a poll on the ring before going in again.
    pub readiness_waits: u64,
    /// io_uring: sends that met `EAGAIN` right after a poll said there was room (a TCP socket
    /// past the kernel's `tcp_mem` limit) and waited 12.5 to 187.5 ms before going in again.
    pub back_offs: u64,
    /// Completions for operations already gone (counted and dropped).
    pub stale_completions: u64,
    /// Operations in flight now.
    pub in_flight: u64,
    /// Spawned tasks not finished yet.
    pub tasks: u64,
    /// Timers (sleeps, timeouts) registered now.
    pub timers: u64,
}

impl Runtime {
    pub(crate) fn stats(&self) -> RingStats {
        let d = self.driver.borrow();
        let c = d.counters();
        RingStats {
            submitted: c.submitted,
            completed: c.completed,
            enters: c.enters,
            ticks: self.counters.ticks.get(),
            task_polls: self.counters.polls.get(),
            cq_overflows: c.cq_overflows,
            sq_full_submits: c.sq_full_submits,
            buf_ring_exhausted: self.counters.buf_ring_exhausted.get(),
            readiness_waits: c.readiness_waits,
            back_offs: c.back_offs,
            stale_completions: c.stale_completions,
            in_flight: d.in_flight() as u64,
            tasks: self.tasks.borrow().live() as u64,
            timers: self.timers.borrow().live() as u64,
        }
    }
}

/// The current proactor's counters.
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
pub fn stats() -> RingStats {
    runtime::current().stats()
}
