//! File descriptors shared by an owner (a stream, a file) and its in-flight operations.

use std::cell::Cell;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, IntoRawFd, OwnedFd, RawFd};
use std::rc::Rc;

use crate::backend::{Driver, epoll};
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
    let raw = fd.as_raw_fd();
    if rt.is_epoll {
        let mut driver = rt.driver.borrow_mut();
        let epoll = driver.epoll();
        epoll.forget_fd(raw);
        epoll::note_closed(raw, Some(epoll.close_notes()));
    } else {
        epoll::note_closed(raw, None);
    }
    Op::new(Close::new(fd))
}

/// Tells every epoll driver on this thread but `driver` (which forgot it itself) that `fd`
/// is closed: a socket of another proactor's, closed here, leaves no registration behind.
fn note_closed_by(driver: &Driver, fd: RawFd) {
    let told = match driver {
        Driver::Epoll(d) => Some(d.close_notes()),
        Driver::Uring(_) => None,
    };
    epoll::note_closed(fd, told);
}

/// A descriptor that stays open while its owner or any of its in-flight operations holds it,
/// and is closed through the ring (batched with the tick, no syscall of its own) when the last
/// one lets go.
#[derive(Debug, Clone)]
pub(crate) struct SharedFd(Rc<FdInner>);

#[derive(Debug)]
struct FdInner {
    fd: RawFd,
    /// Known to be non-blocking: made so by [`SharedFd::make_nonblocking`] and not handed to
    /// code outside this crate since (which might have changed the mode).
    nonblocking: Cell<bool>,
}

impl SharedFd {
    pub(crate) fn new(fd: OwnedFd) -> SharedFd {
        SharedFd(Rc::new(FdInner {
            fd: fd.into_raw_fd(),
            nonblocking: Cell::new(false),
        }))
    }

    /// Whether another handle (or an operation in flight) holds the descriptor too.
    pub(crate) fn is_shared(&self) -> bool {
        Rc::strong_count(&self.0) > 1
    }

    /// Makes the descriptor non-blocking, for a transfer made outside the ring's own
    /// operations (a `sendfile`, a splice) that must not wait in the call, and leaves it so:
    /// ring sends and receives on a non-blocking socket wait for room or data as on a
    /// blocking one (io_uring polls for them itself; `ring_operations_on_a_non_blocking_socket_wait`
    /// shows it), so switching back after every transfer would only cost two more syscalls.
    ///
    /// Costs nothing when the descriptor is known to be non-blocking (made so here and not
    /// handed out since, see [`SharedFd::forget_mode`]); otherwise one `fcntl(F_GETFL)`, and
    /// one `ioctl(FIONBIO)` if it was blocking.
    pub(crate) fn make_nonblocking(&self) -> std::io::Result<()> {
        if self.0.nonblocking.get() {
            return Ok(());
        }
        if !sys::is_nonblocking(self.0.fd)? {
            sys::set_nonblocking(self.0.fd, true)?;
        }
        self.0.nonblocking.set(true);
        Ok(())
    }

    /// Forgets the descriptor's mode: it is being handed to code that may change it (a
    /// `socket2::SockRef`, a raw descriptor), so the next transfer asks the kernel again.
    pub(crate) fn forget_mode(&self) {
        self.0.nonblocking.set(false);
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
            // SAFETY: this is the descriptor's last owner, being dropped. Every operation
            // naming it, queued or in flight on any ring, holds a `SharedFd` until its final
            // completion, its orphan too (`Operation`'s contract), so none names it any more,
            // as `close_fd` asks.
            unsafe { driver.close_fd(self.fd) };
            note_closed_by(&driver, self.fd);
            return;
        }
        epoll::note_closed(self.fd, None);
        // SAFETY: as above.
        unsafe { sys::close_raw(self.fd) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nonblocking(fd: &SharedFd) -> bool {
        sys::is_nonblocking(fd.raw()).unwrap()
    }

    #[test]
    fn a_transfer_leaves_the_descriptor_non_blocking_and_asks_again_only_after_a_handout() {
        let (r, _w) = sys::pipe().unwrap();
        let fd = SharedFd::new(r);
        assert!(!nonblocking(&fd));
        fd.make_nonblocking().unwrap();
        assert!(nonblocking(&fd));
        // Known now: a change behind its back is not seen...
        sys::set_nonblocking(fd.raw(), false).unwrap();
        fd.clone().make_nonblocking().unwrap();
        assert!(!nonblocking(&fd), "the known mode was asked again");
        // ...unless the descriptor was handed out, which is how such a change can happen.
        fd.forget_mode();
        fd.make_nonblocking().unwrap();
        assert!(nonblocking(&fd));
    }

    #[test]
    fn a_descriptor_non_blocking_before_stays_so() {
        let (r, _w) = sys::pipe().unwrap();
        let fd = SharedFd::new(r);
        sys::set_nonblocking(fd.raw(), true).unwrap();
        fd.make_nonblocking().unwrap();
        assert!(nonblocking(&fd));
    }
}
