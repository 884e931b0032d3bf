//! File descriptors shared by an owner (a stream, a file) and its in-flight operations.

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
}

impl SharedFd {
    pub(crate) fn new(fd: OwnedFd) -> SharedFd {
        SharedFd(Rc::new(FdInner {
            fd: fd.into_raw_fd(),
        }))
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
            driver.close_fd(self.fd);
            return;
        }
        sys::close_raw(self.fd);
    }
}
