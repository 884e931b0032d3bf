//! `IORING_OP_POLL_ADD` (5.1): wait for readiness of any fd.

use std::io;

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use super::Operation;
use super::table::Completion;
use crate::fd::SharedFd;

/// Waits until an fd is ready for the requested events. Created by `TcpStream::readable`,
/// `TcpStream::writable` and `File::poll`.
#[derive(Debug)]
pub struct PollAdd {
    fd: SharedFd,
    events: u32,
}

impl PollAdd {
    pub(crate) fn new(fd: SharedFd, events: u32) -> Self {
        PollAdd { fd, events }
    }
}

// SAFETY: a poll points at no memory of ours.
unsafe impl Operation for PollAdd {
    type Output = io::Result<u32>;

    fn entry(&mut self) -> squeue::Entry {
        opcode::PollAdd::new(Fd(self.fd.raw()), self.events).build()
    }

    fn complete(self, c: Completion) -> io::Result<u32> {
        c.result()
    }
}
