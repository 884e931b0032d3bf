//! `IORING_OP_ACCEPT` (5.5); multishot since 5.19.

use std::io;
use std::net::SocketAddr;
use std::os::fd::OwnedFd;

use io_uring::types::Fd;
use io_uring::{opcode, squeue};
use socket2::{SockAddr, SockAddrStorage};

use super::Operation;
use super::table::{Completion, Orphan};
use crate::fd::SharedFd;
use crate::sys;

/// Accepts one connection. Created by `TcpListener::accept`.
#[derive(Debug)]
pub struct Accept {
    fd: SharedFd,
    /// Where the kernel writes the peer's address and its length; boxed so it never moves.
    addr: Box<(SockAddrStorage, libc::socklen_t)>,
    flags: i32,
}

impl Accept {
    pub(crate) fn new(fd: SharedFd, flags: i32) -> Accept {
        Accept {
            fd,
            addr: Box::new((
                SockAddrStorage::zeroed(),
                size_of::<libc::sockaddr_storage>() as libc::socklen_t,
            )),
            flags,
        }
    }
}

/// Closes every fd that arrives for an accept or open nobody waits for any more.
pub(crate) struct CloseFds<T>(pub(crate) T);

impl<T> Orphan for CloseFds<T> {
    fn on_completion(&mut self, c: Completion) {
        if c.res >= 0 {
            sys::close_raw(c.res);
        }
    }
}

// SAFETY: the entry points at the boxed address storage, owned by `self`, which never moves.
unsafe impl Operation for Accept {
    type Output = io::Result<(OwnedFd, SocketAddr)>;

    fn entry(&mut self) -> squeue::Entry {
        let (storage, len) = &mut *self.addr;
        opcode::Accept::new(Fd(self.fd.raw()), (&raw mut *storage).cast(), len)
            .flags(self.flags)
            .build()
    }

    fn complete(self, c: Completion) -> Self::Output {
        let fd = c.res;
        c.result()?;
        // SAFETY: a successful accept returned a new descriptor that only we know of.
        let fd = unsafe { sys::adopt_fd(fd) };
        let (storage, len) = *self.addr;
        // SAFETY: the kernel wrote a socket address of `len` bytes into the zeroed storage.
        let addr = unsafe { SockAddr::new(storage, len) };
        let addr = addr.as_socket().ok_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidData, "peer is not an IP socket")
        })?;
        Ok((fd, addr))
    }

    fn into_orphan(self) -> Box<dyn Orphan> {
        Box::new(CloseFds(self))
    }
}

/// The SQE of a multishot accept on `fd` (5.19): one completion per connection, `F_MORE` while
/// it stays armed.
pub(crate) fn accept_multi_entry(fd: &SharedFd, flags: i32) -> squeue::Entry {
    opcode::AcceptMulti::new(Fd(fd.raw())).flags(flags).build()
}
