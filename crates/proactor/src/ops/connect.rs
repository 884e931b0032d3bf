//! `IORING_OP_CONNECT` (5.5).

use std::io;

use io_uring::types::Fd;
use io_uring::{opcode, squeue};
use socket2::SockAddr;

use super::Operation;
use super::table::Completion;
use crate::fd::SharedFd;

/// Connects a socket. Created by `TcpStream::connect`.
#[derive(Debug)]
pub struct Connect {
    fd: SharedFd,
    /// The address, boxed: the kernel may read it after the SQE is consumed.
    addr: Box<SockAddr>,
}

impl Connect {
    pub(crate) fn new(fd: SharedFd, addr: SockAddr) -> Connect {
        Connect {
            fd,
            addr: Box::new(addr),
        }
    }
}

// SAFETY: the entry points at the boxed address, owned by `self`, which never moves.
unsafe impl Operation for Connect {
    type Output = io::Result<()>;

    fn entry(&mut self) -> squeue::Entry {
        opcode::Connect::new(
            Fd(self.fd.raw()),
            self.addr.as_ptr().cast(),
            self.addr.len(),
        )
        .build()
    }

    fn complete(self, c: Completion) -> io::Result<()> {
        c.result().map(drop)
    }
}
