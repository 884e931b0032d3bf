//! `IORING_OP_ASYNC_CANCEL` by fd (5.19): cancel every operation in flight on a descriptor.

use std::io;

use io_uring::types::{CancelBuilder, Fd};
use io_uring::{opcode, squeue};

use super::table::Completion;
use super::{Attempt, Operation, to_usize};
use crate::fd::SharedFd;

/// Cancels all operations on an fd. Created by `TcpStream::cancel_all`.
///
/// Each cancelled operation completes with `ECANCELED` (its future yields that error). The
/// output is how many were cancelled.
#[derive(Debug)]
pub struct CancelFd {
    fd: SharedFd,
}

impl CancelFd {
    pub(crate) fn new(fd: SharedFd) -> Self {
        CancelFd { fd }
    }
}

// SAFETY: a cancel points at no memory.
unsafe impl Operation for CancelFd {
    type Output = io::Result<usize>;

    fn entry(&mut self) -> squeue::Entry {
        opcode::AsyncCancel2::new(CancelBuilder::fd(Fd(self.fd.raw())).all()).build()
    }

    fn attempt(&mut self) -> Attempt {
        Attempt::CancelAll(self.fd.raw())
    }

    fn complete(self, c: Completion) -> io::Result<usize> {
        // ENOENT: nothing was in flight.
        if c.res == -libc::ENOENT {
            return Ok(0);
        }
        to_usize(c)
    }
}
