//! `IORING_OP_CLOSE` (5.6).

use std::io;
use std::os::fd::{IntoRawFd, OwnedFd};

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use super::table::{Completion, Orphan};
use super::{Attempt, Operation, attempt_now, keep};

/// Closes a descriptor and reports the result. Created by `TcpStream::close` and
/// `File::close`.
#[derive(Debug)]
pub struct Close {
    /// Ours until submitted; the kernel closes it, so it is never dropped as an `OwnedFd`.
    fd: Option<OwnedFd>,
    raw: i32,
}

impl Close {
    pub(crate) fn new(fd: OwnedFd) -> Close {
        let raw = std::os::fd::AsRawFd::as_raw_fd(&fd);
        Close { fd: Some(fd), raw }
    }
}

// SAFETY: a close points at no memory.
unsafe impl Operation for Close {
    type Output = io::Result<()>;

    fn entry(&mut self) -> squeue::Entry {
        // From here on the kernel owns the descriptor: hand it over without closing it.
        if let Some(fd) = self.fd.take() {
            let _ = fd.into_raw_fd();
        }
        opcode::Close::new(Fd(self.raw)).build()
    }

    fn attempt(&mut self) -> Attempt {
        if let Some(fd) = self.fd.take() {
            let _ = fd.into_raw_fd();
        }
        // SAFETY: the descriptor was owned by this operation (taken out of its `OwnedFd`
        // above) and is closed exactly once, here.
        let ret = unsafe { libc::close(self.raw) };
        attempt_now(ret as isize)
    }

    fn complete(self, c: Completion) -> io::Result<()> {
        c.result().map(drop)
    }

    fn into_orphan(self) -> Box<dyn Orphan> {
        // Only reached once submitted, when the fd is already the kernel's.
        keep(())
    }
}
