//! Errors of proactor set-up. Operations themselves return `io::Error`.

use std::fmt;
use std::io;

/// The step of set-up that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SetupStep {
    /// `io_uring_setup(2)`, on every rung of the flag ladder.
    RingSetup,
    /// A kernel feature flag the loop needs was not reported (named).
    KernelFeature(&'static str),
    /// `IORING_REGISTER_PROBE`.
    Probe,
    /// An opcode the loop needs is missing from the probe (named).
    MissingOpcode(&'static str),
    /// `IORING_REGISTER_PBUF_RING`.
    RegisterBufRing,
    /// Creating the wake eventfd.
    Eventfd,
    /// `epoll_create1(2)` (epoll backend).
    EpollCreate,
    /// The backend asked for is not available (named).
    Backend(&'static str),
}

impl fmt::Display for SetupStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SetupStep::RingSetup => f.write_str("io_uring_setup"),
            SetupStep::KernelFeature(name) => write!(f, "kernel feature {name}"),
            SetupStep::Probe => f.write_str("io_uring opcode probe"),
            SetupStep::MissingOpcode(name) => write!(f, "io_uring opcode {name}"),
            SetupStep::RegisterBufRing => f.write_str("buffer ring registration"),
            SetupStep::Eventfd => f.write_str("eventfd"),
            SetupStep::EpollCreate => f.write_str("epoll_create1"),
            SetupStep::Backend(name) => write!(f, "backend {name}"),
        }
    }
}

/// A proactor could not be set up: which step failed, and the OS error.
///
/// The message adds the usual cause of the errno: `EPERM` from a seccomp filter or
/// `kernel.io_uring_disabled`, `ENOSYS` from a kernel without io_uring, `ENOMEM` from
/// `RLIMIT_MEMLOCK` on kernels before 5.12.
#[derive(Debug)]
pub struct SetupError {
    step: SetupStep,
    source: io::Error,
}

impl SetupError {
    pub(crate) fn new(step: SetupStep, source: io::Error) -> Self {
        SetupError { step, source }
    }

    /// The step that failed.
    pub fn step(&self) -> SetupStep {
        self.step
    }

    /// The errno, when the failure came from a system call.
    pub fn raw_os_error(&self) -> Option<i32> {
        self.source.raw_os_error()
    }

    fn hint(&self) -> Option<&'static str> {
        match self.source.raw_os_error()? {
            libc::EPERM => Some(
                "io_uring is refused by a seccomp filter (as in containers) or by sysctl kernel.io_uring_disabled",
            ),
            libc::ENOSYS => Some("this kernel has no io_uring"),
            libc::ENOMEM => {
                Some("locked-memory limit too low (raise RLIMIT_MEMLOCK / LimitMEMLOCK)")
            }
            libc::EINVAL if self.step == SetupStep::RingSetup => {
                Some("no combination of set-up flags was accepted")
            }
            _ => None,
        }
    }
}

/// The symbolic name of the errnos set-up can meet.
fn errno_name(code: i32) -> Option<&'static str> {
    Some(match code {
        libc::EPERM => "EPERM",
        libc::ENOSYS => "ENOSYS",
        libc::ENOMEM => "ENOMEM",
        libc::EINVAL => "EINVAL",
        libc::EACCES => "EACCES",
        libc::EMFILE => "EMFILE",
        libc::ENFILE => "ENFILE",
        libc::EFAULT => "EFAULT",
        libc::EBUSY => "EBUSY",
        _ => return None,
    })
}

impl fmt::Display for SetupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "proactor set-up failed at {}: {}",
            self.step, self.source
        )?;
        if let Some(name) = self.source.raw_os_error().and_then(errno_name) {
            write!(f, " [{name}]")?;
        }
        if let Some(h) = self.hint() {
            write!(f, " ({h})")?;
        }
        Ok(())
    }
}

impl std::error::Error for SetupError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

impl From<SetupError> for io::Error {
    fn from(e: SetupError) -> io::Error {
        io::Error::other(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_step_errno_and_cause() {
        let e = SetupError::new(
            SetupStep::RingSetup,
            io::Error::from_raw_os_error(libc::EPERM),
        );
        let msg = e.to_string();
        assert!(msg.contains("io_uring_setup"), "{msg}");
        assert!(msg.contains("Operation not permitted"), "{msg}");
        assert!(msg.contains("[EPERM]"), "{msg}");
        assert!(msg.contains("seccomp"), "{msg}");
        assert_eq!(e.raw_os_error(), Some(libc::EPERM));
        let e = SetupError::new(
            SetupStep::MissingOpcode("SPLICE"),
            io::Error::from(io::ErrorKind::Unsupported),
        );
        assert!(e.to_string().contains("io_uring opcode SPLICE"));
    }
}
