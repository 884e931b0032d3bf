//! `IORING_OP_CONNECT` (5.5).

use std::io;

use io_uring::types::Fd;
use io_uring::{opcode, squeue};
use socket2::SockAddr;

use super::table::Completion;
use super::{Attempt, Interest, Operation};
use crate::fd::SharedFd;

/// Connects a socket. Created by `TcpStream::connect`.
#[derive(Debug)]
pub struct Connect {
    fd: SharedFd,
    /// The address, boxed: the kernel may read it after the SQE is consumed.
    addr: Box<SockAddr>,
    /// epoll: `connect(2)` was called once; later calls report its progress.
    started: bool,
}

impl Connect {
    pub(crate) fn new(fd: SharedFd, addr: SockAddr) -> Connect {
        Connect {
            fd,
            addr: Box::new(addr),
            started: false,
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

    fn attempt(&mut self) -> Attempt {
        let fd = self.fd.raw();
        // SAFETY: connect reads `len` bytes of the boxed address, owned by `self`.
        let ret = unsafe { libc::connect(fd, self.addr.as_ptr().cast(), self.addr.len()) };
        let started = std::mem::replace(&mut self.started, true);
        if ret == 0 {
            return Attempt::Done(Completion { res: 0, flags: 0 });
        }
        match std::io::Error::last_os_error().raw_os_error() {
            Some(libc::EINPROGRESS | libc::EALREADY | libc::EAGAIN) => {
                Attempt::Wait(fd, Interest::Write)
            }
            // Asked again after the socket became writable: the connect finished.
            Some(libc::EISCONN) if started => Attempt::Done(Completion { res: 0, flags: 0 }),
            Some(libc::EINTR) => Attempt::Yield,
            code => Attempt::Done(Completion {
                res: -code.unwrap_or(libc::EIO),
                flags: 0,
            }),
        }
    }

    fn complete(self, c: Completion) -> io::Result<()> {
        c.result().map(drop)
    }
}
