//! Kernel operations as futures over owned buffers.
//!
//! Every operation is an [`Op`]: created by a method of its owner (`TcpStream::recv`,
//! `File::read_at`, ...), submitted when first polled, and resolved by its completion. An
//! operation owns everything the kernel may touch (buffers, iovecs, addresses, paths) and hands
//! buffers back with the result: [`BufResult`].
//!
//! Dropping an `Op` before it completes never frees memory the kernel may still use: the data
//! moves into the operation's slot, a cancel is queued, and the data is dropped when the final
//! completion arrives. An fd delivered to a dropped accept or open is closed.

pub(crate) mod table;

mod accept;
mod cancel;
mod close;
mod connect;
mod fsync;
mod nop;
mod open;
mod poll;
mod recv;
mod rw;
mod send;
mod sendmsg;
mod shutdown;
mod splice;
mod statx;

pub use accept::Accept;
pub use cancel::CancelFd;
pub use close::Close;
pub use connect::Connect;
pub use fsync::Fsync;
pub use nop::{Nop, nop};
pub use open::OpenAt2;
pub use poll::PollAdd;
pub use recv::{Recv, RecvRing};
pub use rw::{ReadAt, WriteAt};
pub use send::{Send, SendZc};
pub use sendmsg::SendMsg;
pub use shutdown::Shutdown;
pub use splice::Splice;
pub use statx::{Metadata, Statx};

pub(crate) use accept::{CloseFds, accept_multi_entry};
pub(crate) use recv::{RecycleBuffers, lease as recv_lease, recv_multi_entry};

use std::fmt;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

use io_uring::types::Timespec;

use crate::runtime::{self, Runtime};
use table::{Completion, Keep, Orphan};

/// The result of an operation that lends a buffer to the kernel: the outcome, and the buffer
/// back in every case.
pub type BufResult<T, B> = (io::Result<T>, B);

pub(crate) mod private {
    use super::table::{Completion, Keep, Orphan};
    use io_uring::squeue;

    /// One kind of kernel operation. Sealed: only this crate implements it.
    ///
    /// # Safety
    ///
    /// The entry returned by `entry` may point only at memory that does not move or get freed
    /// while `self` is alive, wherever `self` is moved to: heap allocations owned by `self`, or
    /// memory kept alive by something `self` owns (an `Rc` to a buffer ring).
    pub unsafe trait Operation: 'static {
        /// What awaiting the operation yields.
        type Output;

        /// The SQE for this operation (its `user_data` is set by the driver).
        fn entry(&mut self) -> squeue::Entry;

        /// A completion that is not the last one (`F_MORE` set), as a zero-copy send's result
        /// before its notification.
        fn intermediate(&mut self, _completion: Completion) {}

        /// Turns the final completion into the output, handing back owned buffers.
        fn complete(self, completion: Completion) -> Self::Output;

        /// What to keep alive, and do with late completions, when the owner drops the
        /// operation in flight.
        fn into_orphan(self) -> Box<dyn Orphan>
        where
            Self: Sized,
        {
            Box::new(Keep(self))
        }
    }
}

pub(crate) use private::Operation;

enum State {
    Idle,
    InFlight(u64),
    Done,
}

/// A kernel operation in progress: a future that resolves to the operation's output.
///
/// Nothing is submitted until the first poll. See the [module documentation](self) for what
/// dropping it does.
#[must_use = "operations do nothing unless awaited"]
pub struct Op<T: Operation> {
    rt: Rc<Runtime>,
    data: Option<T>,
    state: State,
    /// The linked timeout's duration, boxed: the kernel reads it when it consumes the SQE.
    deadline: Option<Box<Timespec>>,
}

// `Op` never pins `T`: the kernel-visible memory lives on the heap, not inside `T`.
impl<T: Operation> Unpin for Op<T> {}

impl<T: Operation> fmt::Debug for Op<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Idle => "idle",
            State::InFlight(_) => "in flight",
            State::Done => "done",
        };
        f.debug_struct("Op")
            .field("op", &std::any::type_name::<T>())
            .field("state", &state)
            .field("deadline", &self.deadline.is_some())
            .finish()
    }
}

impl<T: Operation> Op<T> {
    /// An operation on the current proactor.
    pub(crate) fn new(data: T) -> Op<T> {
        Op {
            rt: runtime::current(),
            data: Some(data),
            state: State::Idle,
            deadline: None,
        }
    }

    /// Fails the operation with `io::ErrorKind::TimedOut` unless it completes within
    /// `duration`, by a timeout linked to it in the kernel (`IORING_OP_LINK_TIMEOUT`, 5.5).
    /// Buffers still come back with the error.
    ///
    /// # Panics
    ///
    /// Panics if the operation was already polled.
    pub fn timeout(mut self, duration: Duration) -> Self {
        assert!(
            matches!(self.state, State::Idle),
            "Op::timeout must be set before the operation is first polled"
        );
        self.deadline = Some(Box::new(Timespec::from(duration)));
        self
    }
}

impl<T: Operation> Future for Op<T> {
    type Output = T::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T::Output> {
        let this = self.get_mut();
        loop {
            match this.state {
                State::Idle => {
                    let data = this.data.as_mut().expect("an idle op holds its data");
                    let mut entry = data.entry();
                    // SAFETY: `entry` points only at memory owned by `data` that never moves
                    // (the `Operation` contract). `data` stays in this `Op` until the final
                    // completion is taken, or moves into the slot's orphan on drop, which
                    // keeps it until the final completion; the boxed deadline is kept the same
                    // way.
                    let user_data = unsafe {
                        this.rt.driver.borrow_mut().submit(
                            &mut entry,
                            cx.waker(),
                            this.deadline.as_deref(),
                        )
                    };
                    this.state = State::InFlight(user_data);
                    return Poll::Pending;
                }
                State::InFlight(user_data) => {
                    let mut driver = this.rt.driver.borrow_mut();
                    let Some((completion, _)) = driver.poll_op(user_data, cx.waker()) else {
                        return Poll::Pending;
                    };
                    if !completion.is_final() {
                        drop(driver);
                        this.data
                            .as_mut()
                            .expect("an in-flight op holds its data")
                            .intermediate(completion);
                        continue;
                    }
                    driver.remove(user_data);
                    drop(driver);
                    this.state = State::Done;
                    let completion =
                        if this.deadline.is_some() && completion.res == -libc::ECANCELED {
                            Completion {
                                res: -libc::ETIMEDOUT,
                                ..completion
                            }
                        } else {
                            completion
                        };
                    let data = this.data.take().expect("an in-flight op holds its data");
                    return Poll::Ready(data.complete(completion));
                }
                State::Done => panic!("an operation was polled after it completed"),
            }
        }
    }
}

/// An orphan that also keeps its linked timeout's timespec until the final completion.
struct WithDeadline(
    Box<dyn Orphan>,
    #[allow(dead_code, reason = "kept alive, never read")] Box<Timespec>,
);

impl Orphan for WithDeadline {
    fn on_completion(&mut self, completion: Completion) {
        self.0.on_completion(completion);
    }
}

impl<T: Operation> Drop for Op<T> {
    fn drop(&mut self) {
        let State::InFlight(user_data) = self.state else {
            return;
        };
        let Some(data) = self.data.take() else { return };
        let mut orphan = data.into_orphan();
        if let Some(deadline) = self.deadline.take() {
            orphan = Box::new(WithDeadline(orphan, deadline));
        }
        match self.rt.driver.try_borrow_mut() {
            Ok(mut driver) => driver.orphan(user_data, orphan),
            // Dropped from inside the driver's own bookkeeping (a buffer whose drop drops an
            // operation): the slot cannot be reached, so the memory is leaked, never freed.
            Err(_) => std::mem::forget(orphan),
        }
    }
}

/// Keeps `T` alive in an orphaned slot without doing anything with late completions.
pub(crate) fn keep<T: 'static>(data: T) -> Box<dyn Orphan> {
    Box::new(Keep(data))
}

/// Converts a completion result to `io::Result<usize>`.
pub(crate) fn to_usize(c: Completion) -> io::Result<usize> {
    c.result().map(|n| n as usize)
}

/// Clamps a buffer length to what one SQE can carry.
pub(crate) fn sqe_len(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}
