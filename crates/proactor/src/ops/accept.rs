//! `IORING_OP_ACCEPT` (5.5); multishot since 5.19.

use std::io;
use std::net::SocketAddr;
use std::os::fd::OwnedFd;

use io_uring::types::Fd;
use io_uring::{opcode, squeue};
use socket2::{SockAddr, SockAddrStorage};

use std::os::fd::RawFd;

use super::table::{Completion, Orphan};
use super::{Attempt, Interest, Operation, attempt_io};
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

/// Closes every fd that arrives for an accept or open nobody waits for any more; keeps what
/// it holds (the operation, or the listening socket of a multishot accept: the descriptor its
/// entry names) until the final completion.
pub(crate) struct CloseFds<T>(pub(crate) T);

impl<T> Orphan for CloseFds<T> {
    fn on_completion(&mut self, c: Completion) {
        if c.res >= 0 {
            // SAFETY: the completion delivered a new descriptor to an operation nobody waits
            // for: it is ours alone, and no `OwnedFd` wraps it.
            unsafe { sys::close_raw(c.res) };
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

    fn attempt(&mut self) -> Attempt {
        let fd = self.fd.raw();
        let (storage, len) = &mut *self.addr;
        // SAFETY: accept4 writes at most `*len` bytes of address into the boxed storage, and
        // the address length into `len`, both owned by `self`.
        let ret = unsafe { libc::accept4(fd, (&raw mut *storage).cast(), len, self.flags) };
        attempt_io(ret as isize, fd, Interest::Read)
    }

    fn waits_on(&self) -> Option<(RawFd, Interest)> {
        Some((self.fd.raw(), Interest::Read))
    }

    fn complete(self, c: Completion) -> Self::Output {
        let fd = c.res;
        c.result()?;
        // SAFETY: a successful accept returned a new descriptor that only we know of.
        let fd = unsafe { sys::adopt_fd(fd) };
        let (storage, len) = *self.addr;
        // SAFETY: the kernel wrote a socket address of `len` bytes into the zeroed storage.
        let addr = unsafe { SockAddr::new(storage, len) };
        Ok((fd, crate::net::ip_addr(addr)?))
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

/// epoll: accepts one waiting connection now; `Ok(None)` when none is waiting.
///
/// # Errors
///
/// The error of `accept4` other than `EAGAIN` (`EMFILE`, `ECONNABORTED`, ...).
pub(crate) fn accept_now(
    listener: RawFd,
    flags: i32,
) -> std::io::Result<Option<std::os::fd::OwnedFd>> {
    loop {
        // SAFETY: with null address pointers accept4 writes no memory of ours.
        let ret =
            unsafe { libc::accept4(listener, std::ptr::null_mut(), std::ptr::null_mut(), flags) };
        if ret >= 0 {
            // SAFETY: a successful accept4 returned a new descriptor only we know of.
            return Ok(Some(unsafe { sys::adopt_fd(ret) }));
        }
        let e = std::io::Error::last_os_error();
        match e.raw_os_error() {
            Some(libc::EAGAIN) => return Ok(None),
            Some(libc::EINTR) => continue,
            _ => return Err(e),
        }
    }
}
