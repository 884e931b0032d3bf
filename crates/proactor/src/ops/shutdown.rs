//! `IORING_OP_SHUTDOWN` (5.11).

use std::io;

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use super::table::Completion;
use super::{Attempt, Operation, attempt_now};
use crate::fd::SharedFd;

/// Shuts down one or both directions of a connection. Created by `TcpStream::shutdown`.
#[derive(Debug)]
pub struct Shutdown {
    fd: SharedFd,
    how: i32,
}

impl Shutdown {
    pub(crate) fn new(fd: SharedFd, how: std::net::Shutdown) -> Self {
        let how = match how {
            std::net::Shutdown::Read => libc::SHUT_RD,
            std::net::Shutdown::Write => libc::SHUT_WR,
            std::net::Shutdown::Both => libc::SHUT_RDWR,
        };
        Shutdown { fd, how }
    }
}

// SAFETY: a shutdown points at no memory.
unsafe impl Operation for Shutdown {
    type Output = io::Result<()>;

    fn entry(&mut self) -> squeue::Entry {
        opcode::Shutdown::new(Fd(self.fd.raw()), self.how).build()
    }

    fn attempt(&mut self) -> Attempt {
        // SAFETY: shutdown takes an fd and a flag and touches no memory of ours.
        let ret = unsafe { libc::shutdown(self.fd.raw(), self.how) };
        attempt_now(ret as isize)
    }

    fn complete(self, c: Completion) -> io::Result<()> {
        c.result().map(drop)
    }
}
