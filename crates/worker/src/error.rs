//! Errors of starting and running workers; each names the worker and its CPU.

use std::fmt;
use std::io;
use std::net::SocketAddr;

/// Where a worker runs: its index and, when pinned, its CPU.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkerId {
    /// Index in the pool.
    pub index: usize,
    /// The CPU it is assigned.
    pub cpu: usize,
}

impl fmt::Display for WorkerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "worker {} (CPU {})", self.index, self.cpu)
    }
}

/// Why a pool could not start. Nothing keeps running after it: start is all-or-nothing.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartError {
    /// The workers could not be placed on CPUs (see the configuration error).
    Placement(percore_config::ConfigError),
    /// A listening socket could not be set up (address in use, permission denied, no such
    /// address).
    Bind {
        /// The worker whose listener failed.
        worker: WorkerId,
        /// The address.
        addr: SocketAddr,
        /// The OS error.
        source: io::Error,
    },
    /// A worker could not be pinned to its CPU under `pin = "strict"`.
    Pin {
        /// The worker.
        worker: WorkerId,
    },
    /// A worker's proactor could not be set up.
    Proactor {
        /// The worker.
        worker: WorkerId,
        /// Why.
        source: percore_proactor::SetupError,
    },
    /// A worker thread could not be spawned, or died during start.
    Thread {
        /// The worker.
        worker: WorkerId,
        /// Why.
        source: io::Error,
    },
    /// A stop was asked for while the workers set up (see
    /// [`crate::WorkerPool::start_on_unless`]): they were stopped.
    Stopped {
        /// A worker stuck in its set-up (a blocking call) did not end within 200 ms of the
        /// stop, and was left behind (the sockets the start bound no longer listen; see
        /// [`crate::LeftBehind`] for the others, and for whether it ended later).
        left_behind: bool,
    },
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartError::Placement(e) => write!(f, "cannot place workers: {e}"),
            StartError::Bind {
                worker,
                addr,
                source,
            } => write!(f, "{worker}: cannot listen on {addr}: {source}"),
            StartError::Pin { worker } => write!(
                f,
                "{worker}: cannot pin the thread to CPU {} (pin = \"strict\")",
                worker.cpu
            ),
            StartError::Proactor { worker, source } => write!(f, "{worker}: {source}"),
            StartError::Thread { worker, source } => {
                write!(f, "{worker}: thread failed to start: {source}")
            }
            StartError::Stopped { left_behind: false } => {
                f.write_str("stopped while the workers set up")
            }
            StartError::Stopped { left_behind: true } => f.write_str(
                "stopped while the workers set up; one stuck in its set-up was left behind",
            ),
        }
    }
}

impl std::error::Error for StartError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StartError::Placement(e) => Some(e),
            StartError::Bind { source, .. } | StartError::Thread { source, .. } => Some(source),
            StartError::Proactor { source, .. } => Some(source),
            StartError::Pin { .. } | StartError::Stopped { .. } => None,
        }
    }
}

/// A worker that ended by panicking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerPanic {
    /// The worker.
    pub worker: WorkerId,
    /// The panic message, when it was a string.
    pub message: String,
}

impl fmt::Display for WorkerPanic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} panicked: {}", self.worker, self.message)
    }
}

impl std::error::Error for WorkerPanic {}

/// The text of a panic payload.
pub(crate) fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(a panic payload that is not a string)".to_string())
}
