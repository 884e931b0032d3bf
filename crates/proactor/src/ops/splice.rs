//! `IORING_OP_SPLICE` (5.7): move bytes between a pipe and another fd without copying them
//! through user space.

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use super::table::Completion;
use super::{Attempt, Interest, Operation, attempt_io, to_usize};
use crate::fd::SharedFd;

/// Moves up to `len` bytes from `fd_in` to `fd_out`; one of them must be a pipe. Used by
/// [`TcpStream::splice_from`](crate::net::TcpStream::splice_from).
#[derive(Debug)]
pub struct Splice {
    fd_in: SharedFd,
    off_in: i64,
    fd_out: SharedFd,
    off_out: i64,
    len: u32,
}

impl Splice {
    /// `off_*` of `None` means "the fd's own position" (required for pipes and sockets).
    pub(crate) fn new(
        fd_in: SharedFd,
        off_in: Option<u64>,
        fd_out: SharedFd,
        off_out: Option<u64>,
        len: u32,
    ) -> Self {
        let off = |o: Option<u64>| o.map_or(-1, |o| o as i64);
        Splice {
            fd_in,
            off_in: off(off_in),
            fd_out,
            off_out: off(off_out),
            len,
        }
    }
}

// SAFETY: a splice points at no memory of ours; the fds are kept open by `self`.
unsafe impl Operation for Splice {
    type Output = std::io::Result<usize>;

    fn entry(&mut self) -> squeue::Entry {
        opcode::Splice::new(
            Fd(self.fd_in.raw()),
            self.off_in,
            Fd(self.fd_out.raw()),
            self.off_out,
            self.len,
        )
        .flags(libc::SPLICE_F_MOVE)
        .build()
    }

    fn attempt(&mut self) -> Attempt {
        let off = |o: &mut i64| {
            if *o < 0 {
                std::ptr::null_mut()
            } else {
                o as *mut i64
            }
        };
        let (off_in, off_out) = (off(&mut self.off_in), off(&mut self.off_out));
        // SAFETY: splice reads and updates at most the two offsets, which are fields of `self`
        // (or null); the fds are kept open by `self`.
        let ret = unsafe {
            libc::splice(
                self.fd_in.raw(),
                off_in,
                self.fd_out.raw(),
                off_out,
                self.len as usize,
                libc::SPLICE_F_MOVE | libc::SPLICE_F_NONBLOCK,
            )
        };
        // A splice that would block waits for its output (a socket, or a full pipe).
        attempt_io(ret, self.fd_out.raw(), Interest::Write)
    }

    fn complete(self, c: Completion) -> Self::Output {
        to_usize(c)
    }
}
