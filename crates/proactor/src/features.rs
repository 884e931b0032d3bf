//! What the backend obtained at set-up: flags, kernel features and supported operations.

use std::fmt;

/// The backend a proactor runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Backend {
    /// io_uring: operations are submitted to the kernel and complete there.
    IoUring,
    /// epoll: readiness, then the non-blocking syscall on the worker thread.
    Epoll,
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Backend::IoUring => "io_uring",
            Backend::Epoll => "epoll",
        })
    }
}

/// Operations whose kernel support varies. Each names the opcode the probe checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum OpKind {
    /// `IORING_OP_ACCEPT` (5.5), multishot with 5.19.
    Accept,
    /// `IORING_OP_CONNECT` (5.5).
    Connect,
    /// `IORING_OP_RECV` (5.6); buffer-ring and multishot receive need 5.19 / 6.0.
    Recv,
    /// `IORING_OP_SEND` (5.6).
    Send,
    /// `IORING_OP_SEND_ZC` (6.0).
    SendZc,
    /// `IORING_OP_SENDMSG` (5.3).
    SendMsg,
    /// `IORING_OP_READ` (5.6).
    Read,
    /// `IORING_OP_WRITE` (5.6).
    Write,
    /// `IORING_OP_OPENAT2` (5.6).
    OpenAt2,
    /// `IORING_OP_STATX` (5.6).
    Statx,
    /// `IORING_OP_CLOSE` (5.6).
    Close,
    /// `IORING_OP_SPLICE` (5.7).
    Splice,
    /// `IORING_OP_LINK_TIMEOUT` (5.5).
    LinkTimeout,
    /// `IORING_OP_ASYNC_CANCEL` (5.5).
    AsyncCancel,
    /// `IORING_OP_POLL_ADD` (5.1).
    PollAdd,
    /// `IORING_OP_FSYNC` (5.1).
    Fsync,
    /// `IORING_OP_SHUTDOWN` (5.11).
    Shutdown,
    /// `IORING_OP_NOP` (5.1).
    Nop,
}

impl OpKind {
    /// Every kind, in display order.
    pub const ALL: [OpKind; 18] = [
        OpKind::Accept,
        OpKind::Connect,
        OpKind::Recv,
        OpKind::Send,
        OpKind::SendZc,
        OpKind::SendMsg,
        OpKind::Read,
        OpKind::Write,
        OpKind::OpenAt2,
        OpKind::Statx,
        OpKind::Close,
        OpKind::Splice,
        OpKind::LinkTimeout,
        OpKind::AsyncCancel,
        OpKind::PollAdd,
        OpKind::Fsync,
        OpKind::Shutdown,
        OpKind::Nop,
    ];

    /// The opcode's name without the `IORING_OP_` prefix.
    pub fn name(self) -> &'static str {
        match self {
            OpKind::Accept => "ACCEPT",
            OpKind::Connect => "CONNECT",
            OpKind::Recv => "RECV",
            OpKind::Send => "SEND",
            OpKind::SendZc => "SEND_ZC",
            OpKind::SendMsg => "SENDMSG",
            OpKind::Read => "READ",
            OpKind::Write => "WRITE",
            OpKind::OpenAt2 => "OPENAT2",
            OpKind::Statx => "STATX",
            OpKind::Close => "CLOSE",
            OpKind::Splice => "SPLICE",
            OpKind::LinkTimeout => "LINK_TIMEOUT",
            OpKind::AsyncCancel => "ASYNC_CANCEL",
            OpKind::PollAdd => "POLL_ADD",
            OpKind::Fsync => "FSYNC",
            OpKind::Shutdown => "SHUTDOWN",
            OpKind::Nop => "NOP",
        }
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// io_uring set-up flags a proactor obtained.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SetupFlags {
    /// `IORING_SETUP_SINGLE_ISSUER` (6.0).
    pub single_issuer: bool,
    /// `IORING_SETUP_DEFER_TASKRUN` (6.1): completions are processed only when the loop enters.
    pub defer_taskrun: bool,
    /// `IORING_SETUP_COOP_TASKRUN` (5.19).
    pub coop_taskrun: bool,
    /// `IORING_SETUP_SQPOLL`: a kernel thread polls the submission queue.
    pub sqpoll: bool,
    /// `IORING_SETUP_SUBMIT_ALL` (5.18).
    pub submit_all: bool,
    /// `IORING_SETUP_NO_SQARRAY` (6.6): the kernel takes each submission straight from the
    /// entry ring, without reading an index array first.
    pub no_sq_array: bool,
    /// The ring fd is registered (`IORING_REGISTER_RING_FDS`, 5.18): no fd lookup per enter.
    pub registered_ring_fd: bool,
}

/// What a proactor's backend obtained at set-up, queryable at run time and logged once.
#[derive(Debug, Clone)]
pub struct Features {
    pub(crate) backend: Backend,
    pub(crate) flags: SetupFlags,
    pub(crate) sq_entries: u32,
    pub(crate) cq_entries: u32,
    pub(crate) ops: u32,
    pub(crate) buf_ring: bool,
    pub(crate) fallback_reason: Option<String>,
}

impl Features {
    pub(crate) fn new(backend: Backend) -> Self {
        Features {
            backend,
            flags: SetupFlags::default(),
            sq_entries: 0,
            cq_entries: 0,
            ops: 0,
            buf_ring: false,
            fallback_reason: None,
        }
    }

    pub(crate) fn set_supported(&mut self, op: OpKind) {
        self.ops |= op.bit();
    }

    /// The backend in use.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The io_uring set-up flags obtained (all false on epoll).
    pub fn setup_flags(&self) -> SetupFlags {
        self.flags
    }

    /// Submission queue size (0 on epoll).
    pub fn sq_entries(&self) -> u32 {
        self.sq_entries
    }

    /// Completion queue size (0 on epoll).
    pub fn cq_entries(&self) -> u32 {
        self.cq_entries
    }

    /// Whether the kernel runs this operation through the ring. On epoll every operation is
    /// emulated and this is false.
    pub fn supports(&self, op: OpKind) -> bool {
        self.ops & op.bit() != 0
    }

    /// Whether provided-buffer rings are registered with the kernel (io_uring, 5.19+).
    pub fn supports_buf_ring(&self) -> bool {
        self.buf_ring
    }

    /// Why `auto` fell back to epoll, if it did.
    pub fn fallback_reason(&self) -> Option<&str> {
        self.fallback_reason.as_deref()
    }
}

impl fmt::Display for Features {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "backend={}", self.backend)?;
        if self.backend == Backend::Epoll {
            if let Some(r) = &self.fallback_reason {
                write!(f, " (fallback: {r})")?;
            }
            return Ok(());
        }
        let fl = self.flags;
        let names: Vec<&str> = [
            (fl.single_issuer, "SINGLE_ISSUER"),
            (fl.defer_taskrun, "DEFER_TASKRUN"),
            (fl.coop_taskrun, "COOP_TASKRUN"),
            (fl.sqpoll, "SQPOLL"),
            (fl.submit_all, "SUBMIT_ALL"),
            (fl.no_sq_array, "NO_SQARRAY"),
        ]
        .into_iter()
        .filter_map(|(on, n)| on.then_some(n))
        .collect();
        let flags = if names.is_empty() {
            "none".to_string()
        } else {
            names.join("|")
        };
        write!(
            f,
            " flags={flags} ring_fd={} sq={} cq={} buf_ring={}",
            if fl.registered_ring_fd {
                "registered"
            } else {
                "plain"
            },
            self.sq_entries,
            self.cq_entries,
            self.buf_ring,
        )?;
        let missing: Vec<&str> = OpKind::ALL
            .iter()
            .filter(|op| !self.supports(**op))
            .map(|op| op.name())
            .collect();
        if missing.is_empty() {
            write!(f, " ops=all({})", OpKind::ALL.len())
        } else {
            write!(f, " ops_missing={}", missing.join(","))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_one_line_with_flags_and_missing_ops() {
        let mut f = Features::new(Backend::IoUring);
        f.flags.single_issuer = true;
        f.flags.defer_taskrun = true;
        f.flags.registered_ring_fd = true;
        f.sq_entries = 256;
        f.cq_entries = 1024;
        for op in OpKind::ALL {
            if op != OpKind::SendZc {
                f.set_supported(op);
            }
        }
        let s = f.to_string();
        assert!(!s.contains('\n'));
        assert!(s.contains("flags=SINGLE_ISSUER|DEFER_TASKRUN"), "{s}");
        assert!(s.contains("ring_fd=registered"), "{s}");
        assert!(s.contains("ops_missing=SEND_ZC"), "{s}");
        assert!(f.supports(OpKind::Splice));
        assert!(!f.supports(OpKind::SendZc));
    }
}
