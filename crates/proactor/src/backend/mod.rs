//! Backends behind the proactor's one API: io_uring, and epoll where io_uring is refused.

pub(crate) mod epoll;
pub(crate) mod uring;

use std::fmt;
use std::io;
use std::os::fd::RawFd;
use std::str::FromStr;

use crate::executor::wakes::Wakes;
use std::time::Duration;

pub(crate) use epoll::EpollDriver;
pub(crate) use uring::UringDriver;

/// The environment variable that overrides the builder's backend choice.
pub const BACKEND_ENV: &str = "PERCORE_BACKEND";

/// Which backend a proactor should use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum BackendChoice {
    /// io_uring when set-up and the probe of every opcode the loop needs succeed, otherwise
    /// epoll, with one warning line saying why.
    #[default]
    Auto,
    /// io_uring or an error: never a silent fallback.
    IoUring,
    /// epoll, even where io_uring works.
    Epoll,
}

impl FromStr for BackendChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(BackendChoice::Auto),
            "io_uring" | "io-uring" | "iouring" | "uring" => Ok(BackendChoice::IoUring),
            "epoll" => Ok(BackendChoice::Epoll),
            other => Err(format!(
                "unknown backend {other:?}: expected \"auto\", \"io_uring\" or \"epoll\""
            )),
        }
    }
}

impl fmt::Display for BackendChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            BackendChoice::Auto => "auto",
            BackendChoice::IoUring => "io_uring",
            BackendChoice::Epoll => "epoll",
        })
    }
}

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
    pub(crate) readiness_waits: u64,
    pub(crate) back_offs: u64,
}

/// The backend of one proactor.
#[derive(Debug)]
#[allow(
    clippy::large_enum_variant,
    reason = "one driver per proactor, touched by every operation: kept inline, not boxed"
)]
pub(crate) enum Driver {
    Uring(UringDriver),
    Epoll(EpollDriver),
}

impl Driver {
    /// The io_uring driver. Only reached on paths that checked the backend first.
    ///
    /// # Panics
    ///
    /// Panics on the epoll backend.
    pub(crate) fn uring(&mut self) -> &mut UringDriver {
        match self {
            Driver::Uring(d) => d,
            Driver::Epoll(_) => unreachable!("an io_uring path ran on the epoll backend"),
        }
    }

    /// The epoll driver. Only reached on paths that checked the backend first.
    ///
    /// # Panics
    ///
    /// Panics on the io_uring backend.
    pub(crate) fn epoll(&mut self) -> &mut EpollDriver {
        match self {
            Driver::Epoll(d) => d,
            Driver::Uring(_) => unreachable!("an epoll path ran on the io_uring backend"),
        }
    }

    /// Closes `fd` (through the ring on io_uring, at once on epoll).
    ///
    /// # Safety
    ///
    /// As [`crate::sys::close_raw`], and no entry queued or in flight names `fd` (see
    /// `UringDriver::close_fd`).
    pub(crate) unsafe fn close_fd(&mut self, fd: RawFd) {
        match self {
            // SAFETY: forwarded from this function's contract.
            Driver::Uring(d) => unsafe { d.close_fd(fd) },
            // SAFETY: forwarded from this function's contract.
            Driver::Epoll(d) => unsafe { d.close_fd(fd) },
        }
    }

    /// Hands the kernel what is queued, without waiting (io_uring; epoll queues nothing).
    pub(crate) fn submit_queued(&mut self) {
        if let Driver::Uring(d) = self {
            d.submit_queued();
        }
    }

    pub(crate) fn turn(&mut self, wait: Wait, wake: &mut Wakes) -> io::Result<()> {
        match self {
            Driver::Uring(d) => d.turn(wait, wake),
            Driver::Epoll(d) => d.turn(wait, wake),
        }
    }

    pub(crate) fn take_remote_fired(&mut self) -> bool {
        match self {
            Driver::Uring(d) => d.take_remote_fired(),
            Driver::Epoll(d) => d.take_remote_fired(),
        }
    }

    /// Whether the data of finished orphans waits to be dropped (io_uring; epoll has no
    /// orphans).
    #[inline]
    pub(crate) fn has_released(&self) -> bool {
        match self {
            Driver::Uring(d) => d.has_released(),
            Driver::Epoll(_) => false,
        }
    }

    /// One piece of finished orphans' data, to drop with the driver free.
    pub(crate) fn pop_released(&mut self) -> Option<Box<dyn crate::ops::table::Orphan>> {
        match self {
            Driver::Uring(d) => d.pop_released(),
            Driver::Epoll(_) => None,
        }
    }

    /// Teardown, step one: cancels everything in flight (io_uring).
    pub(crate) fn begin_shutdown(&mut self) {
        if let Driver::Uring(d) = self {
            d.begin_shutdown();
        }
    }

    /// Whether the kernel owes nothing more (always, on epoll).
    pub(crate) fn is_idle(&self) -> bool {
        match self {
            Driver::Uring(d) => d.is_idle(),
            Driver::Epoll(_) => true,
        }
    }

    /// Teardown, last step: gives up what never completed; waiters still parked (epoll) go
    /// to `wake`. Returns whether the wake eventfd is free of this backend (a ring's read on
    /// it is disarmed).
    pub(crate) fn finish_shutdown(&mut self, wake: &mut Wakes) -> bool {
        match self {
            Driver::Uring(d) => d.finish_shutdown(),
            Driver::Epoll(d) => {
                d.shutdown(wake);
                true
            }
        }
    }

    pub(crate) fn counters(&self) -> DriverCounters {
        match self {
            Driver::Uring(d) => d.counters,
            Driver::Epoll(d) => d.counters,
        }
    }

    pub(crate) fn counters_mut(&mut self) -> &mut DriverCounters {
        match self {
            Driver::Uring(d) => &mut d.counters,
            Driver::Epoll(d) => &mut d.counters,
        }
    }

    pub(crate) fn in_flight(&self) -> usize {
        match self {
            Driver::Uring(d) => d.in_flight(),
            Driver::Epoll(d) => d.in_flight(),
        }
    }
}
