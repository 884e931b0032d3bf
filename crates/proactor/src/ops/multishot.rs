//! What a stream of results keeps on either backend: on io_uring the slot of one multishot
//! operation, on epoll where it is parked; and whether it was cancelled. Shared by the accept
//! and receive streams.

use std::io;
use std::os::fd::RawFd;
use std::rc::Rc;
use std::task::{Context, Poll};

use io_uring::squeue;

use super::table::{Completion, Orphan};
use super::{Interest, Parked};
use crate::fd::SharedFd;
use crate::runtime::{self, Runtime};

/// The bookkeeping of a multishot stream.
pub(crate) struct Multishot {
    pub(crate) rt: Rc<Runtime>,
    pub(crate) fd: SharedFd,
    armed: Armed,
    cancelled: bool,
    /// io_uring: completions that may wait for the owner before the operation pauses (0: no
    /// bound); see `OpTable::hold_at_most`.
    hold: u16,
}

/// What a stream has out, by backend: one field rather than one for each, 16 bytes less in
/// every connection's receive stream.
enum Armed {
    Nothing,
    /// io_uring: the armed operation's slot.
    Op(u64),
    /// epoll: where the stream is parked.
    Parked(Parked),
}

const _: () = assert!(std::mem::size_of::<Armed>() <= 24);

impl Armed {
    /// epoll: the parking, taken (on io_uring there is none).
    fn take_parked(&mut self) -> Option<Parked> {
        let Armed::Parked(parked) = *self else {
            return None;
        };
        *self = Armed::Nothing;
        Some(parked)
    }

    /// io_uring: the armed operation's slot.
    fn op(&self) -> Option<u64> {
        match *self {
            Armed::Op(user_data) => Some(user_data),
            _ => None,
        }
    }
}

/// epoll: ends a parking (whether the stream was woken or not) and says whether `cancel_all`
/// ran on the fd meanwhile, or the proactor was dropped (its teardown forgot every fd: a
/// readiness read from it now would be one epoll never reported).
pub(crate) fn resume_parked(rt: &Runtime, parked: Option<Parked>) -> bool {
    let Some(parked) = parked else { return false };
    let mut driver = rt.driver.borrow_mut();
    let epoll = driver.epoll();
    epoll.unpark(&parked);
    epoll.is_closed() || epoll.epoch(parked.fd) != parked.epoch
}

impl Multishot {
    /// A stream on `fd` of the current proactor.
    ///
    /// # Panics
    ///
    /// Panics when called outside `Proactor::block_on`.
    pub(crate) fn new(fd: SharedFd) -> Multishot {
        Multishot {
            rt: runtime::current(),
            fd,
            armed: Armed::Nothing,
            cancelled: false,
            hold: 0,
        }
    }

    pub(crate) fn raw_fd(&self) -> RawFd {
        self.fd.raw()
    }

    pub(crate) fn is_armed(&self) -> bool {
        matches!(self.armed, Armed::Op(_))
    }

    pub(crate) fn is_cancelled(&self) -> bool {
        self.cancelled
    }

    /// io_uring: bounds the completions that may wait for the owner (see
    /// `OpTable::hold_at_most`), from the next arming on (and the armed operation's).
    pub(crate) fn hold_at_most(&mut self, hold: u16) {
        self.hold = hold;
        if let Some(user_data) = self.armed.op()
            && !self.rt.is_epoll
        {
            self.bound(user_data);
        }
    }

    /// io_uring: gives the armed operation `user_data` this stream's hold.
    fn bound(&self, user_data: u64) {
        self.rt
            .driver
            .borrow_mut()
            .uring()
            .hold_at_most(user_data, self.hold);
    }

    /// io_uring: the next completion, arming the operation with `entry()` when it is not
    /// armed. `None` once cancelled and drained. A completion ending the multishot (no
    /// `F_MORE`) disarms it: the next call arms a new one.
    ///
    /// # Safety
    ///
    /// The entry must point at no memory that the stream or the orphan it gets on drop does
    /// not keep alive until the operation's final completion, and name no descriptor they do
    /// not hold as a `SharedFd` until then (as [`Operation`](super::Operation) asks).
    pub(crate) unsafe fn poll_uring(
        &mut self,
        cx: &mut Context<'_>,
        entry: impl FnOnce() -> squeue::Entry,
    ) -> Poll<Option<Completion>> {
        loop {
            let Some(user_data) = self.armed.op() else {
                if self.cancelled {
                    return Poll::Ready(None);
                }
                let entry = entry();
                // SAFETY: forwarded from this function's contract.
                let submitted = unsafe {
                    self.rt
                        .driver
                        .borrow_mut()
                        .uring()
                        .submit(entry, cx.waker(), None)
                };
                match submitted {
                    Ok(user_data) => {
                        self.armed = Armed::Op(user_data);
                        if self.hold > 0 {
                            self.bound(user_data);
                        }
                        return Poll::Pending;
                    }
                    // Refused for good: reported as the stream's error, nothing in flight.
                    Err(e) => return Poll::Ready(Some(super::errno_completion(&e))),
                }
            };
            let (c, finished) = {
                let mut driver = self.rt.driver.borrow_mut();
                let driver = driver.uring();
                let Some((c, finished)) = driver.poll_op(user_data, cx.waker()) else {
                    return Poll::Pending;
                };
                if finished {
                    driver.remove(user_data);
                }
                (c, finished)
            };
            if finished {
                self.armed = Armed::Nothing;
            }
            if self.cancelled && c.res == -libc::ECANCELED {
                continue;
            }
            return Poll::Ready(Some(c));
        }
    }

    /// epoll: `Err(ECANCELED)` when `cancel_all` ran since the stream parked.
    pub(crate) fn epoll_resume(&mut self) -> io::Result<()> {
        // Most polls find nothing parked: no call for them.
        let Some(parked) = self.armed.take_parked() else {
            return Ok(());
        };
        if resume_parked(&self.rt, Some(parked)) {
            return Err(io::Error::from_raw_os_error(libc::ECANCELED));
        }
        Ok(())
    }

    /// epoll: the runtime, for its cooperative budget.
    pub(crate) fn runtime(&self) -> &Runtime {
        &self.rt
    }

    /// epoll: whether the fd may have something for `interest`.
    pub(crate) fn epoll_is_ready(&self, interest: Interest) -> bool {
        self.rt
            .driver
            .borrow_mut()
            .epoll()
            .is_ready(self.fd.raw(), interest)
    }

    /// epoll: the last syscall drained the fd's readiness.
    pub(crate) fn epoll_clear_ready(&self, interest: Interest) {
        self.rt
            .driver
            .borrow_mut()
            .epoll()
            .clear_ready(self.fd.raw(), interest);
    }

    /// epoll: parks until the fd is ready for `interest`.
    pub(crate) fn epoll_park(
        &mut self,
        interest: Interest,
        cx: &mut Context<'_>,
    ) -> io::Result<()> {
        let parked =
            self.rt
                .driver
                .borrow_mut()
                .epoll()
                .park(self.fd.raw(), interest, cx.waker())?;
        self.armed = Armed::Parked(parked);
        Ok(())
    }

    /// Stops the stream: on io_uring the armed operation is cancelled (what it completed
    /// before still comes out); on epoll the next poll ends the stream.
    pub(crate) fn cancel(&mut self) {
        if std::mem::replace(&mut self.cancelled, true) {
            return;
        }
        if let Some(user_data) = self.armed.op() {
            self.rt.driver.borrow_mut().uring().cancel(user_data);
        }
    }

    /// io_uring: gives up the armed operation; `orphan`, given the stream's descriptor to
    /// keep, handles what still completes for it (closing fds, returning buffers) until its
    /// final completion.
    pub(crate) fn disarm(&mut self, orphan: impl FnOnce(SharedFd) -> Box<dyn Orphan>) {
        if let Some(user_data) = self.armed.op() {
            self.armed = Armed::Nothing;
            // Deferred to the end of the tick when the driver is borrowed: the accepted fds
            // or received buffers that arrive meanwhile wait in the slot, then go to the
            // orphan. The orphan keeps the descriptor too: the entry, queued or in flight
            // (on this stream's ring, whichever proactor polled it), names it until its
            // final completion.
            self.rt.orphan_op(user_data, orphan(self.fd.clone()));
        }
    }
}

impl Drop for Multishot {
    fn drop(&mut self) {
        if let Some(parked) = self.armed.take_parked() {
            self.rt.unpark(parked);
        }
        debug_assert!(
            self.armed.op().is_none(),
            "a multishot stream is disarmed with its orphan before it drops"
        );
    }
}
