//! File descriptors shared by an owner (a stream, a file) and its in-flight operations.

use std::cell::Cell;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, IntoRawFd, OwnedFd, RawFd};
use std::rc::Rc;

use crate::ops::{Close, Op};
use crate::runtime;
use crate::sys;

/// An explicit close of an owned fd as an operation. On epoll the fd is forgotten by the
/// readiness registry first, so a new fd with the same number starts clean.
///
/// # Panics
///
/// Panics when called outside `Proactor::block_on`.
pub(crate) fn close_op(fd: OwnedFd) -> Op<Close> {
    let rt = runtime::current();
    if rt.is_epoll {
        rt.driver.borrow_mut().epoll().forget_fd(fd.as_raw_fd());
    }
    Op::new(Close::new(fd))
}

/// A descriptor that stays open while its owner or any of its in-flight operations holds it,
/// and is closed through the ring (batched with the tick, no syscall of its own) when the last
/// one lets go.
#[derive(Debug, Clone)]
pub(crate) struct SharedFd(Rc<FdInner>);

#[derive(Debug)]
struct FdInner {
    fd: RawFd,
    /// Transfers under way that need the descriptor non-blocking (see
    /// [`SharedFd::hold_nonblocking`]), and whether it was non-blocking before the first.
    nonblocking: Cell<(u32, bool)>,
}

impl SharedFd {
    pub(crate) fn new(fd: OwnedFd) -> SharedFd {
        SharedFd(Rc::new(FdInner {
            fd: fd.into_raw_fd(),
            nonblocking: Cell::new((0, false)),
        }))
    }

    /// Makes the descriptor non-blocking until the returned guard (and every other one taken
    /// meanwhile) is dropped; then its former mode comes back. Nested or overlapping
    /// transfers on the same descriptor (through [`crate::net::TcpStream::share`]) keep it
    /// non-blocking until the last one ends.
    ///
    /// Costs a transfer one `fcntl(F_GETFL)` and two `ioctl(FIONBIO)` calls (under a
    /// microsecond each, against about a hundred for a MiB sent). The mode is asked, not
    /// remembered: the socket's owner may change it through `as_socket()` meanwhile.
    pub(crate) fn hold_nonblocking(&self) -> std::io::Result<NonBlockingGuard> {
        let (holders, was) = self.0.nonblocking.get();
        if holders == 0 {
            let was = sys::is_nonblocking(self.0.fd)?;
            if !was {
                sys::set_nonblocking(self.0.fd, true)?;
            }
            self.0.nonblocking.set((1, was));
        } else {
            self.0.nonblocking.set((holders + 1, was));
        }
        Ok(NonBlockingGuard(self.clone()))
    }

    pub(crate) fn raw(&self) -> RawFd {
        self.0.fd
    }

    /// The owned descriptor back, when nothing else holds it.
    pub(crate) fn try_unwrap(self) -> Result<OwnedFd, SharedFd> {
        match Rc::try_unwrap(self.0) {
            Ok(inner) => {
                let fd = inner.fd;
                std::mem::forget(inner);
                // SAFETY: `inner` owned `fd` exclusively and is forgotten, so ownership moves
                // to the returned `OwnedFd` without a close in between.
                Ok(unsafe { sys::adopt_fd(fd) })
            }
            Err(rc) => Err(SharedFd(rc)),
        }
    }
}

/// Keeps a descriptor non-blocking while it lives; see [`SharedFd::hold_nonblocking`].
#[derive(Debug)]
pub(crate) struct NonBlockingGuard(SharedFd);

impl Drop for NonBlockingGuard {
    fn drop(&mut self) {
        let inner = &self.0.0;
        let (holders, was) = inner.nonblocking.get();
        inner.nonblocking.set((holders - 1, was));
        if holders == 1 && !was {
            // Failing, it leaves the socket non-blocking, which costs nothing: ring sends and
            // receives on it still wait for room or data (io_uring polls for them itself, the
            // epoll backend waits for readiness; `send_all_on_a_non_blocking_socket_waits_for_room`
            // shows it), nothing is lost.
            let _ = sys::set_nonblocking(inner.fd, false);
        }
    }
}

impl AsRawFd for SharedFd {
    fn as_raw_fd(&self) -> RawFd {
        self.0.fd
    }
}

impl AsFd for SharedFd {
    fn as_fd(&self) -> BorrowedFd<'_> {
        // SAFETY: the descriptor stays open while this `SharedFd` (one of its owners) lives,
        // which the borrow's lifetime is tied to.
        unsafe { BorrowedFd::borrow_raw(self.0.fd) }
    }
}

impl Drop for FdInner {
    fn drop(&mut self) {
        if let Some(rt) = runtime::try_current()
            && let Ok(mut driver) = rt.driver.try_borrow_mut()
        {
            driver.close_fd(self.fd);
            return;
        }
        sys::close_raw(self.fd);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nonblocking(fd: &SharedFd) -> bool {
        sys::is_nonblocking(fd.raw()).unwrap()
    }

    #[test]
    fn overlapping_transfers_keep_the_descriptor_non_blocking_until_the_last_ends() {
        let (r, _w) = sys::pipe().unwrap();
        let fd = SharedFd::new(r);
        assert!(!nonblocking(&fd));
        let outer = fd.hold_nonblocking().unwrap();
        let inner = fd.clone().hold_nonblocking().unwrap();
        assert!(nonblocking(&fd));
        drop(outer);
        assert!(nonblocking(&fd), "the other transfer still runs");
        drop(inner);
        assert!(!nonblocking(&fd), "blocking again once both ended");
    }

    #[test]
    fn a_descriptor_non_blocking_before_stays_so() {
        let (r, _w) = sys::pipe().unwrap();
        let fd = SharedFd::new(r);
        sys::set_nonblocking(fd.raw(), true).unwrap();
        drop(fd.hold_nonblocking().unwrap());
        assert!(nonblocking(&fd));
    }
}
