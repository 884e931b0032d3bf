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
/// The message adds the cause of the errno: for a refused `io_uring_setup`, what refused it
/// (`kernel.io_uring_disabled`, or a seccomp filter such as a container runtime's default
/// profile, which answers `EPERM` or `ENOSYS`), read from `/proc` when the error is made;
/// `ENOMEM` from `RLIMIT_MEMLOCK` on kernels before 5.12.
#[derive(Debug)]
pub struct SetupError {
    step: SetupStep,
    source: io::Error,
    /// What refused io_uring, when `io_uring_setup` was refused.
    refusal: Option<&'static str>,
}

impl SetupError {
    pub(crate) fn new(step: SetupStep, source: io::Error) -> Self {
        let refusal = match (step, source.raw_os_error()) {
            (SetupStep::RingSetup, Some(errno @ (libc::EPERM | libc::ENOSYS))) => {
                Some(refusal_cause(errno, seccomp_mode(), io_uring_disabled()))
            }
            _ => None,
        };
        SetupError {
            step,
            source,
            refusal,
        }
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
        if self.refusal.is_some() {
            return self.refusal;
        }
        match self.source.raw_os_error()? {
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

/// What refused `io_uring_setup` with `errno` (`EPERM` or `ENOSYS`), given the process's
/// seccomp mode (`Seccomp:` of its status in `/proc`: 2 is a filter) and the value of the sysctl
/// `kernel.io_uring_disabled` (absent before Linux 6.6 or without io_uring).
fn refusal_cause(errno: i32, seccomp: Option<u8>, disabled: Option<u8>) -> &'static str {
    match (disabled, seccomp, errno) {
        (Some(2), _, libc::EPERM) => {
            "sysctl kernel.io_uring_disabled = 2 turns io_uring off on this machine"
        }
        (Some(1), _, libc::EPERM) => {
            "sysctl kernel.io_uring_disabled = 1 allows io_uring only to the group kernel.io_uring_group"
        }
        (_, Some(2), libc::EPERM) => {
            "a seccomp filter refuses io_uring, as container runtimes' default profiles do: run with a profile that allows it, such as percore's deploy/seccomp-io_uring.json"
        }
        // A filter is in place (systemd's sandboxing options install some too), but ENOSYS is
        // also what a kernel built without io_uring answers.
        (_, Some(2), _) => {
            "a seccomp filter refuses io_uring, as container runtimes' default profiles do (run with a profile that allows it, such as percore's deploy/seccomp-io_uring.json), or this kernel has no io_uring"
        }
        (_, _, libc::ENOSYS) => "this kernel has no io_uring",
        _ => "io_uring is refused by a seccomp filter or by sysctl kernel.io_uring_disabled",
    }
}

/// The calling thread's seccomp mode, from `/proc/thread-self/status` (a filter is a thread's:
/// the one that called `io_uring_setup` is the one that matters).
fn seccomp_mode() -> Option<u8> {
    let status = std::fs::read_to_string("/proc/thread-self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("Seccomp:"))
        .and_then(|v| v.trim().parse().ok())
}

/// The value of `kernel.io_uring_disabled`.
fn io_uring_disabled() -> Option<u8> {
    std::fs::read_to_string("/proc/sys/kernel/io_uring_disabled")
        .ok()?
        .trim()
        .parse()
        .ok()
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
        assert!(
            msg.contains(&format!(
                "({})",
                refusal_cause(libc::EPERM, seccomp_mode(), io_uring_disabled())
            )),
            "{msg}"
        );
        assert_eq!(e.raw_os_error(), Some(libc::EPERM));
        let e = SetupError::new(
            SetupStep::MissingOpcode("SPLICE"),
            io::Error::from(io::ErrorKind::Unsupported),
        );
        assert!(e.to_string().contains("io_uring opcode SPLICE"));
    }

    #[test]
    fn a_refusal_names_what_refused() {
        let cause = |errno, seccomp, disabled| refusal_cause(errno, seccomp, disabled);
        // A container's default seccomp profile: ENOSYS (podman, CRI-O) or EPERM (Docker).
        for errno in [libc::ENOSYS, libc::EPERM] {
            let c = cause(errno, Some(2), Some(0));
            assert!(c.contains("seccomp filter refuses"), "{c}");
            assert!(c.contains("deploy/seccomp-io_uring.json"), "{c}");
        }
        // Under a filter, ENOSYS may still be a kernel without io_uring: both are named.
        assert!(cause(libc::ENOSYS, Some(2), None).contains("or this kernel has no io_uring"));
        assert!(!cause(libc::EPERM, Some(2), None).contains("no io_uring"));
        assert!(cause(libc::EPERM, Some(0), Some(2)).contains("io_uring_disabled = 2"));
        assert!(cause(libc::EPERM, Some(2), Some(2)).contains("io_uring_disabled = 2"));
        // The sysctl only ever answers EPERM: an ENOSYS under it is something else.
        assert!(!cause(libc::ENOSYS, Some(0), Some(2)).contains("io_uring_disabled"));
        assert!(cause(libc::EPERM, Some(0), Some(1)).contains("io_uring_group"));
        assert_eq!(
            cause(libc::ENOSYS, Some(0), None),
            "this kernel has no io_uring"
        );
        assert!(cause(libc::EPERM, None, None).contains("seccomp filter or by sysctl"));
    }

    #[test]
    fn this_process_status_is_read() {
        // Every Linux thread has a seccomp mode line (0, 1 or 2).
        assert!(
            matches!(seccomp_mode(), Some(0..=2)),
            "{:?}",
            seccomp_mode()
        );
    }
}
