//! Why an offloaded job produced no result.

use std::fmt;

/// Why an offloaded job produced no result.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum OffloadError {
    /// The queue was full and the caller asked not to wait (`WhenFull::Error`).
    Busy,
    /// The job panicked; the message, when it was a string. The pool thread lives on.
    Panicked(String),
    /// The pool shut down before the job ran.
    ShutDown,
}

impl fmt::Display for OffloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OffloadError::Busy => f.write_str("offload queue is full"),
            OffloadError::Panicked(m) => write!(f, "offloaded job panicked: {m}"),
            OffloadError::ShutDown => f.write_str("offload pool shut down before the job ran"),
        }
    }
}

impl std::error::Error for OffloadError {}

impl From<OffloadError> for std::io::Error {
    fn from(e: OffloadError) -> Self {
        let kind = match e {
            OffloadError::Busy => std::io::ErrorKind::WouldBlock,
            OffloadError::Panicked(_) => std::io::ErrorKind::Other,
            OffloadError::ShutDown => std::io::ErrorKind::BrokenPipe,
        };
        std::io::Error::new(kind, e)
    }
}
