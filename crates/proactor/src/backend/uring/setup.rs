//! Ring set-up: the flag ladder, the feature checks and the opcode probe.
//!
//! Ladder (first accepted wins; `EINVAL` means "this kernel does not know a flag", go down):
//!
//! 1. `SINGLE_ISSUER | DEFER_TASKRUN | SUBMIT_ALL | NO_SQARRAY` (6.6): as the next, and the
//!    kernel takes each entry straight from the entry ring rather than through an index
//!    array (one cache line less to read per operation). NOPs through percore, 64 at a
//!    time, one task each, AMD EPYC, five interleaved runs: 10.56 against 10.28 million a
//!    second (medians).
//! 2. `SINGLE_ISSUER | DEFER_TASKRUN | SUBMIT_ALL` (6.1): completions run only when the loop
//!    enters, on this thread, with no inter-processor interrupt.
//! 3. `COOP_TASKRUN | TASKRUN_FLAG | SUBMIT_ALL` (5.19).
//! 4. plain.
//!
//! With SQPOLL requested, `SQPOLL | SINGLE_ISSUER` and `SQPOLL` are tried first; a refusal
//! (`EPERM` without privileges on old kernels, `EINVAL`) falls back to the ladder above with a
//! warning. Any other errno (`EPERM` from seccomp, `ENOSYS`, `ENOMEM`) ends set-up with a
//! [`SetupError`] naming it.

use std::io;
use std::os::fd::AsRawFd;

use io_uring::{IoUring, Probe, opcode};

use crate::error::{SetupError, SetupStep};
use crate::features::{Backend, Features, OpKind};
use crate::sys;

/// What the builder asks of the ring.
#[derive(Debug, Clone)]
pub(crate) struct RingOptions {
    pub(crate) entries: u32,
    pub(crate) cq_entries: u32,
    /// SQPOLL idle time in milliseconds, when SQPOLL is requested.
    pub(crate) sqpoll_idle_ms: Option<u32>,
    pub(crate) sqpoll_cpu: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Rung {
    SqpollSingle,
    Sqpoll,
    DeferDirect,
    Defer,
    Coop,
    Plain,
}

/// A ring that was set up, with what it obtained.
pub(crate) struct Obtained {
    pub(crate) ring: IoUring,
    pub(crate) features: Features,
    /// Registered index of the ring fd, when registration succeeded.
    pub(crate) registered_index: Option<u32>,
}

/// Opcodes the loop cannot run without; a missing one fails set-up (and `auto` picks epoll).
const REQUIRED: [(OpKind, u8); 14] = [
    (OpKind::Nop, opcode::Nop::CODE),
    (OpKind::Accept, opcode::Accept::CODE),
    (OpKind::Connect, opcode::Connect::CODE),
    (OpKind::Recv, opcode::Recv::CODE),
    (OpKind::Send, opcode::Send::CODE),
    (OpKind::SendMsg, opcode::SendMsg::CODE),
    (OpKind::Read, opcode::Read::CODE),
    (OpKind::Write, opcode::Write::CODE),
    (OpKind::OpenAt2, opcode::OpenAt2::CODE),
    (OpKind::Statx, opcode::Statx::CODE),
    (OpKind::Close, opcode::Close::CODE),
    (OpKind::Splice, opcode::Splice::CODE),
    (OpKind::AsyncCancel, opcode::AsyncCancel::CODE),
    (OpKind::LinkTimeout, opcode::LinkTimeout::CODE),
];

/// Opcodes used when present.
const OPTIONAL: [(OpKind, u8); 4] = [
    (OpKind::SendZc, opcode::SendZc::CODE),
    (OpKind::PollAdd, opcode::PollAdd::CODE),
    (OpKind::Fsync, opcode::Fsync::CODE),
    (OpKind::Shutdown, opcode::Shutdown::CODE),
];

fn build(opts: &RingOptions, rung: Rung) -> io::Result<IoUring> {
    let mut b = IoUring::builder();
    b.setup_cqsize(opts.cq_entries).setup_clamp();
    match rung {
        Rung::SqpollSingle | Rung::Sqpoll => {
            b.setup_sqpoll(opts.sqpoll_idle_ms.unwrap_or(1000));
            if let Some(cpu) = opts.sqpoll_cpu {
                b.setup_sqpoll_cpu(cpu);
            }
            if rung == Rung::SqpollSingle {
                b.setup_single_issuer();
            }
        }
        Rung::DeferDirect | Rung::Defer => {
            b.setup_single_issuer()
                .setup_defer_taskrun()
                .setup_submit_all();
            if rung == Rung::DeferDirect {
                b.setup_no_sqarray();
            }
        }
        Rung::Coop => {
            b.setup_coop_taskrun()
                .setup_taskrun_flag()
                .setup_submit_all();
        }
        Rung::Plain => {}
    }
    b.build(opts.entries)
}

/// The first of `rungs` that `build` sets up, going down past a rung the kernel does not know
/// (`EINVAL`; for SQPOLL also `EPERM`); any other error stops the climb.
fn climb(
    rungs: &[Rung],
    mut build: impl FnMut(Rung) -> io::Result<IoUring>,
) -> Result<(IoUring, Rung), SetupError> {
    let mut last_err = None;
    for &rung in rungs {
        match build(rung) {
            Ok(ring) => return Ok((ring, rung)),
            Err(e) => {
                let sqpoll = matches!(rung, Rung::SqpollSingle | Rung::Sqpoll);
                let code = e.raw_os_error();
                if code == Some(libc::EINVAL) || (sqpoll && code == Some(libc::EPERM)) {
                    if sqpoll && rung == Rung::Sqpoll {
                        tracing::warn!("SQPOLL refused by the kernel ({e}); running without it");
                    }
                    last_err = Some(e);
                    continue;
                }
                return Err(SetupError::new(SetupStep::RingSetup, e));
            }
        }
    }
    let e = last_err.unwrap_or_else(|| io::Error::from_raw_os_error(libc::EINVAL));
    Err(SetupError::new(SetupStep::RingSetup, e))
}

/// Sets up a ring per the ladder and checks what the loop needs.
pub(crate) fn setup(opts: &RingOptions) -> Result<Obtained, SetupError> {
    let mut rungs = Vec::with_capacity(6);
    if opts.sqpoll_idle_ms.is_some() {
        rungs.extend([Rung::SqpollSingle, Rung::Sqpoll]);
    }
    rungs.extend([Rung::DeferDirect, Rung::Defer, Rung::Coop, Rung::Plain]);

    let (ring, rung) = climb(&rungs, |rung| build(opts, rung))?;

    let params = ring.params();
    if !params.is_feature_nodrop() {
        return Err(SetupError::new(
            SetupStep::KernelFeature("IORING_FEAT_NODROP (5.5)"),
            io::Error::from(io::ErrorKind::Unsupported),
        ));
    }
    if !params.is_feature_ext_arg() {
        return Err(SetupError::new(
            SetupStep::KernelFeature("IORING_FEAT_EXT_ARG (5.11)"),
            io::Error::from(io::ErrorKind::Unsupported),
        ));
    }

    let mut probe = Probe::new();
    ring.submitter()
        .register_probe(&mut probe)
        .map_err(|e| SetupError::new(SetupStep::Probe, e))?;

    let mut features = Features::new(Backend::IoUring);
    for (kind, code) in REQUIRED {
        if !probe.is_supported(code) {
            return Err(SetupError::new(
                SetupStep::MissingOpcode(kind.name()),
                io::Error::from(io::ErrorKind::Unsupported),
            ));
        }
        features.set_supported(kind);
    }
    for (kind, code) in OPTIONAL {
        if probe.is_supported(code) {
            features.set_supported(kind);
        }
    }
    // Multishot accept and buffer rings came in 5.19, multishot receive in 6.0 together with
    // SEND_ZC: the loop relies on all three, and SEND_ZC in the probe is the marker of 6.0.
    if !probe.is_supported(opcode::SendZc::CODE) {
        return Err(SetupError::new(
            SetupStep::KernelFeature("multishot receive (6.0)"),
            io::Error::from(io::ErrorKind::Unsupported),
        ));
    }
    features.buf_ring = true;

    features.flags.sqpoll = params.is_setup_sqpoll();
    features.flags.single_issuer = params.is_setup_single_issuer();
    features.flags.defer_taskrun = matches!(rung, Rung::DeferDirect | Rung::Defer);
    features.flags.coop_taskrun = rung == Rung::Coop;
    features.flags.submit_all = matches!(rung, Rung::DeferDirect | Rung::Defer | Rung::Coop);
    features.flags.no_sq_array = rung == Rung::DeferDirect;
    features.sq_entries = params.sq_entries();
    features.cq_entries = params.cq_entries();

    // Registration is per thread and optional: a refusal costs an fd lookup per enter.
    let registered_index = sys::register_ring_fd(ring.as_raw_fd()).ok();
    features.flags.registered_ring_fd = registered_index.is_some();

    Ok(Obtained {
        ring,
        features,
        registered_index,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> RingOptions {
        RingOptions {
            entries: 8,
            cq_entries: 16,
            sqpoll_idle_ms: None,
            sqpoll_cpu: None,
        }
    }

    const LADDER: [Rung; 4] = [Rung::DeferDirect, Rung::Defer, Rung::Coop, Rung::Plain];

    #[test]
    fn a_kernel_without_no_sqarray_gets_the_next_rung_and_a_working_ring() {
        // A kernel before 6.6 refuses NO_SQARRAY with EINVAL: the ring comes from the rung
        // below, and runs operations through its index array.
        let mut tried = Vec::new();
        let (mut ring, rung) = climb(&LADDER, |rung| {
            tried.push(rung);
            if rung == Rung::DeferDirect {
                Err(io::Error::from_raw_os_error(libc::EINVAL))
            } else {
                build(&opts(), rung)
            }
        })
        .unwrap();
        assert_eq!(tried, [Rung::DeferDirect, Rung::Defer]);
        assert_eq!(rung, Rung::Defer);
        let nop = opcode::Nop::new().build().user_data(7);
        // SAFETY: a NOP points at no memory.
        unsafe { ring.submission().push(&nop).unwrap() };
        ring.submit_and_wait(1).unwrap();
        let cqe = ring.completion().next().unwrap();
        assert_eq!((cqe.user_data(), cqe.result()), (7, 0));
    }

    #[test]
    fn an_error_other_than_an_unknown_flag_stops_the_climb() {
        let mut tried = 0;
        let err = climb(&LADDER, |_| {
            tried += 1;
            Err(io::Error::from_raw_os_error(libc::ENOMEM))
        })
        .err()
        .unwrap();
        assert_eq!(tried, 1, "no rung below is tried after ENOMEM");
        assert_eq!(err.raw_os_error(), Some(libc::ENOMEM), "{err}");
        // Every rung refused: the last refusal is the error.
        let err = climb(&LADDER, |_| Err(io::Error::from_raw_os_error(libc::EINVAL)))
            .err()
            .unwrap();
        assert_eq!(err.raw_os_error(), Some(libc::EINVAL), "{err}");
    }
}
