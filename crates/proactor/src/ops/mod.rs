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

mod multishot;
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
pub(crate) use statx::statx_now;
pub use statx::{Metadata, Statx};

pub(crate) use accept::{CloseFds, accept_multi_entry, accept_now};
pub(crate) use recv::{RecycleBuffers, attempt_recv_ring, lease as recv_lease, recv_multi_entry};

use std::fmt;
use std::future::Future;
use std::io;
use std::os::fd::RawFd;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use io_uring::types::{Fd, Timespec};
use io_uring::{opcode, squeue};

use crate::runtime::{self, Runtime};
use crate::time::Sleep;
use table::{Completion, Keep, Orphan};

/// The result of an operation that lends a buffer to the kernel: the outcome, and the buffer
/// back in every case.
pub type BufResult<T, B> = (io::Result<T>, B);

pub(crate) mod private {
    use super::table::{Completion, Keep, Orphan};
    use crate::backend::epoll::Interest;
    use io_uring::squeue;
    use std::os::fd::RawFd;

    /// What an operation's syscall did on the epoll backend.
    #[derive(Debug)]
    pub enum Attempt {
        /// Finished, with a result as a completion would carry it.
        Done(Completion),
        /// Would block: try again when `fd` is ready for the interest.
        Wait(RawFd, Interest),
        /// Let other tasks run, then try again.
        Yield,
        /// Cancel every operation parked on `fd` (done by the driver).
        CancelAll(RawFd),
    }

    /// One kind of kernel operation. Sealed: only this crate implements it.
    ///
    /// # Safety
    ///
    /// The entry returned by `entry` may point only at memory that does not move or get freed
    /// while `self` is alive, wherever `self` is moved to: heap allocations owned by `self`, or
    /// memory kept alive by something `self` owns (an `Rc` to a buffer ring). A descriptor it
    /// names is one `self` holds as a `SharedFd`, and its orphan (`into_orphan`) holds it too:
    /// a descriptor is closed only when its last `SharedFd` goes (`FdInner`'s drop: through
    /// whichever ring is current, or at once with none, while that ring is torn down, or when
    /// its queue refuses the close), so no entry, queued or in flight, may name one nobody
    /// holds, and a close at once never gives its number away under such an entry.
    pub unsafe trait Operation: 'static {
        /// What awaiting the operation yields.
        type Output;

        /// io_uring: the SQE for this operation (its `user_data` is set by the driver).
        fn entry(&mut self) -> squeue::Entry;

        /// epoll: the operation as a non-blocking syscall, now.
        fn attempt(&mut self) -> Attempt;

        /// The fd and readiness the operation needs. epoll: when epoll watches the fd and has
        /// not reported it ready, the syscall is skipped (it could only say `EAGAIN`).
        /// io_uring: an `EAGAIN` completion waits for this readiness with a poll, then goes
        /// in again (and, for writing, backs off when the poll said ready for nothing: see
        /// `Op::back_off`); without it, the `EAGAIN` is the operation's result.
        fn waits_on(&self) -> Option<(RawFd, Interest)> {
            None
        }

        /// epoll: for a wait on readiness itself, the completion to give without a syscall
        /// when epoll has reported the fd ready for [`Operation::waits_on`]'s interest since
        /// the operation parked (epoll's `epoll_wait` checked it after the park). Its events
        /// are those asked for, not the finer ones `poll` would add (`POLLHUP`, `POLLERR`):
        /// the caller's next syscall tells those.
        fn ready_on_event(&self) -> Option<Completion> {
            None
        }

        /// epoll: whether this completion used up the fd's readiness (a read or write that
        /// fell short of its buffer).
        fn drains(&self, _completion: Completion) -> Option<(RawFd, Interest)> {
            None
        }

        /// A completion that is not the last one (`F_MORE` set), as a zero-copy send's result
        /// before its notification.
        fn intermediate(&mut self, _completion: Completion) {}

        /// A final completion that is not taken: the operation is submitted again once its fd
        /// is ready, or after a back-off (an `EAGAIN`: see [`Operation::waits_on`]). Whatever
        /// it names must be given back (a buffer the kernel picked from a ring before it found
        /// nothing to receive).
        fn discard(&mut self, _completion: Completion) {}

        /// io_uring: the entry never reached the kernel (the submission was refused):
        /// whatever `entry` handed over to the kernel is taken back.
        fn refused(&mut self) {}

        /// Turns the final completion into the output, handing back owned buffers.
        fn complete(self, completion: Completion) -> Self::Output;

        /// What to keep alive, and do with late completions, when the owner drops the
        /// operation in flight: the memory its entry points at, and the descriptors it names
        /// (see the trait's safety contract).
        fn into_orphan(self) -> Box<dyn Orphan>
        where
            Self: Sized,
        {
            Box::new(Keep(self))
        }
    }
}

pub(crate) use crate::backend::epoll::{Interest, Parked};
pub(crate) use multishot::Multishot;
pub(crate) use private::{Attempt, Operation};

// `u8`, with `Idle` and `Done` side by side: no niche in `InFlight`'s `bool` to decode, and
// `drop`'s test for either is one comparison (callgrind on the NOP benchmark: 2 instructions
// per operation fewer than the layout the compiler picks). With `repr(u8)` each variant is
// laid out in order, as a C struct after the tag: the small field first keeps it 16 bytes.
#[repr(u8)]
enum State {
    Idle,
    Done,
    /// io_uring: in the slot of `user_data`; `again` when the operation went in again after
    /// a poll said its fd was ready (`Op::wait_ready`): another `EAGAIN` then means the
    /// readiness said nothing, and a poll would fire again at once. epoll: attempted at
    /// least once.
    InFlight {
        again: bool,
        user_data: u64,
    },
    /// io_uring: after an `EAGAIN`, a wait of the operation's own in the slot of
    /// `user_data`: a poll for readiness, or ([`Wait::BackOff`]) a timer. The operation goes
    /// in again when it is over.
    Waiting {
        wait: Wait,
        user_data: u64,
    },
}

// Two words, as before the waits were added: every connection's future holds operations.
const _: () = assert!(std::mem::size_of::<State>() == 16);

/// A kernel operation in progress: a future that resolves to the operation's output.
///
/// Nothing is submitted until the first poll. See the [module documentation](self) for what
/// dropping it does. On the epoll backend the operation is a non-blocking syscall, tried when
/// polled and again whenever its fd becomes ready.
#[must_use = "operations do nothing unless awaited"]
pub struct Op<T: Operation> {
    rt: Rc<Runtime>,
    data: Option<T>,
    state: State,
    /// Set by [`Op::timeout`]; boxed, so that operations without one stay small.
    deadline: Option<Box<Deadline>>,
    /// epoll: where this operation is parked.
    parked: Option<Parked>,
}

impl Deadline {
    /// io_uring: the time since the first submission (none before it).
    fn elapsed(&self) -> Duration {
        self.started.map_or(Duration::ZERO, |s| s.elapsed())
    }

    /// io_uring: sets the timespec for the next submission: all of the duration at the
    /// first, what is left at a later one. `false` when nothing is left.
    #[cold]
    fn arm(&mut self) -> bool {
        match self.started {
            None => self.started = Some(Instant::now()),
            Some(_) => match self.duration.checked_sub(self.elapsed()) {
                Some(left) if !left.is_zero() => self.ts = Timespec::from(left),
                _ => return false,
            },
        }
        true
    }
}

/// What an operation waits for after an `EAGAIN`, before it goes in again.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wait {
    /// A poll for its fd's readiness (`Op::wait_ready`).
    Readiness,
    /// A timer of one of the [`BACK_OFFS`] (`Op::back_off`).
    BackOff,
}

/// What [`Op::timeout`] adds to an operation.
struct Deadline {
    duration: Duration,
    /// io_uring: the timespec of the timeout linked to the operation (or to its poll for
    /// readiness), or of a back-off timer cut to what is left; on the heap, where the kernel
    /// reads it at submission. Rewritten (`Deadline::arm`, `Op::back_off`) only once the
    /// slot that last pointed at it has completed, so never while an entry still does.
    ts: Timespec,
    /// io_uring: when the operation was first submitted. An operation submitted again (after
    /// an `EAGAIN`, and the wait for readiness before it) links a timeout of what is left.
    started: Option<Instant>,
    /// epoll: the timer that stands in for the linked timeout.
    sleep: Option<Sleep>,
}

// `Op` never pins `T`: the kernel-visible memory lives on the heap, not inside `T`.
impl<T: Operation> Unpin for Op<T> {}

impl<T: Operation> fmt::Debug for Op<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = match self.state {
            State::Idle => "idle",
            State::InFlight { .. } => "in flight",
            State::Waiting {
                wait: Wait::Readiness,
                ..
            } => "waiting for readiness",
            State::Waiting {
                wait: Wait::BackOff,
                ..
            } => "backing off",
            State::Done => "done",
        };
        f.debug_struct("Op")
            .field("op", &std::any::type_name::<T>())
            .field("state", &state)
            .field("timeout", &self.deadline.as_ref().map(|d| d.duration))
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
            parked: None,
        }
    }

    /// Fails the operation with `io::ErrorKind::TimedOut` unless it completes within
    /// `duration`: on io_uring by a timeout linked to it in the kernel
    /// (`IORING_OP_LINK_TIMEOUT`, 5.5; an operation that waits for readiness after an
    /// `EAGAIN` and goes in again links what is left each time, and a back-off timer is cut
    /// to what is left), on epoll by an executor timer. Buffers still come
    /// back with the error. On io_uring an operation with a timeout that is cancelled
    /// otherwise (a cancel of everything on its descriptor) ends with `TimedOut` too: its
    /// `ECANCELED` cannot be told apart from the timeout's.
    ///
    /// # Panics
    ///
    /// Panics if the operation was already polled.
    pub fn timeout(mut self, duration: Duration) -> Self {
        assert!(
            matches!(self.state, State::Idle),
            "Op::timeout must be set before the operation is first polled"
        );
        // Cut as a sleep's is: the kernel refuses a timespec of 2^63 s or more.
        let duration = duration.min(crate::time::FAR);
        self.deadline = Some(Box::new(Deadline {
            duration,
            ts: Timespec::from(duration),
            started: None,
            sleep: None,
        }));
        self
    }

    /// The runtime the operation runs on.
    pub(crate) fn runtime(&self) -> &Runtime {
        &self.rt
    }

    fn finish(&mut self, completion: Completion) -> Poll<T::Output> {
        self.state = State::Done;
        let data = self.data.take().expect("an in-flight op holds its data");
        Poll::Ready(data.complete(completion))
    }

    /// A completion that is not simply a success: an intermediate one, an `EAGAIN` to submit
    /// again, a timeout's cancel, or an error.
    #[inline(never)]
    fn after_completion(
        &mut self,
        user_data: u64,
        completion: Completion,
        cx: &mut Context<'_>,
    ) -> Poll<T::Output> {
        if !completion.is_final() {
            // A zero-copy send cut by its timeout says `ECANCELED` here, and its final
            // completion (the notification) says nothing of it: mapped now.
            let completion = self.timed_out_if_cancelled(completion);
            self.data
                .as_mut()
                .expect("an in-flight op holds its data")
                .intermediate(completion);
            return self.poll_in_flight(user_data, cx);
        }
        if completion.res == -libc::EAGAIN
            && let Some((fd, interest)) = self.data.as_ref().and_then(|d| d.waits_on())
        {
            // Nothing was transferred, and the fd was not ready: a send submitted with
            // `MSG_DONTWAIT` (see `ops::send`), or a socket operation that io_uring ran in its
            // worker threads on a non-blocking socket (one adopted or inherited as such).
            // Wait for readiness on the ring, then submit it again.
            self.data
                .as_mut()
                .expect("an in-flight op holds its data")
                .discard(completion);
            // For reading, ready then `EAGAIN` is another reader having been first: the next
            // poll waits for new data.
            if interest == Interest::Write
                && matches!(self.state, State::InFlight { again: true, .. })
            {
                return self.back_off(cx);
            }
            return self.wait_ready(fd, interest, cx);
        }
        self.finish(self.timed_out_if_cancelled(completion))
    }

    /// io_uring: polls `fd` for `interest` in a slot of its own, after an `EAGAIN`.
    #[inline(never)]
    fn wait_ready(
        &mut self,
        fd: RawFd,
        interest: Interest,
        cx: &mut Context<'_>,
    ) -> Poll<T::Output> {
        let events = match interest {
            Interest::Read => libc::POLLIN,
            Interest::Write => libc::POLLOUT,
        };
        // `fd` stays open while the poll is in flight: `data` holds it.
        let entry = opcode::PollAdd::new(Fd(fd), events as u32).build();
        self.submit_waiting(entry, Wait::Readiness, cx)
    }

    /// io_uring: an `EAGAIN` right after a poll said the fd was ready. A TCP socket says so
    /// when it has room by its own buffer size while the kernel cannot give it memory (past
    /// the `tcp_mem` limit, with many sockets holding unread data): a poll fires at once
    /// each time, and the operation would go round and round at full speed. Wait one of the
    /// [`BACK_OFFS`] instead, as the kernel's own blocking send does in that state (a random
    /// 2 to 200 ms in `sk_stream_wait_memory`), then go in again. With a deadline, the
    /// timer is what is left of it when that is less, and no timeout is linked to it.
    #[cold]
    fn back_off(&mut self, cx: &mut Context<'_>) -> Poll<T::Output> {
        let turn = self.rt.driver.borrow().counters().back_offs;
        let (span, ts) = back_off_for(turn);
        let entry = match self.deadline.as_deref_mut() {
            None => opcode::Timeout::new(ts).build(),
            Some(d) => {
                if !d.arm() {
                    return self.finish(TIMED_OUT);
                }
                if d.duration.saturating_sub(d.elapsed()) > span {
                    d.ts = Timespec::from(span);
                }
                opcode::Timeout::new(&raw const d.ts).build()
            }
        };
        self.submit_waiting(entry, Wait::BackOff, cx)
    }

    /// io_uring: submits `entry`, a wait of the operation's own (a poll, a timer) in a slot
    /// of its own; a poll with what is left of the deadline linked to it.
    fn submit_waiting(
        &mut self,
        entry: squeue::Entry,
        wait: Wait,
        cx: &mut Context<'_>,
    ) -> Poll<T::Output> {
        let link = wait == Wait::Readiness;
        if link
            && let Some(d) = self.deadline.as_deref_mut()
            && !d.arm()
        {
            return self.finish(TIMED_OUT);
        }
        let mut driver = self.rt.driver.borrow_mut();
        let counters = driver.counters_mut();
        match wait {
            Wait::Readiness => counters.readiness_waits += 1,
            Wait::BackOff => counters.back_offs += 1,
        }
        // SAFETY: `entry` points at no memory (a poll: its fd stays open, held by `data` or,
        // if the operation is dropped, by its orphan until this slot's final completion), at
        // a static (`BACK_OFFS`), or at the deadline's timespec, which is boxed, kept alive
        // as for the operation itself (see `submit_first`), and not rewritten before this
        // slot completes (see `Deadline::ts`).
        let submitted = unsafe {
            driver.uring().submit(
                entry,
                cx.waker(),
                self.deadline.as_deref().filter(|_| link).map(|d| &d.ts),
            )
        };
        drop(driver);
        match submitted {
            Ok(user_data) => {
                self.state = State::Waiting { wait, user_data };
                Poll::Pending
            }
            Err(e) => self.finish(errno_completion(&e)),
        }
    }

    /// io_uring: the wait of [`Op::wait_ready`] or [`Op::back_off`] completed, or not yet:
    /// over (the poll ready, the timer expired), the operation goes in again; failed
    /// (cancelled, or its deadline passed), so does the operation.
    #[inline(never)]
    fn poll_waiting(
        &mut self,
        user_data: u64,
        wait: Wait,
        cx: &mut Context<'_>,
    ) -> Poll<T::Output> {
        let after_poll = wait == Wait::Readiness;
        match self.take(user_data, cx) {
            None => Poll::Pending,
            Some((c, _))
                if (after_poll && c.res >= 0) || (!after_poll && c.res == -libc::ETIME) =>
            {
                self.state = State::Idle;
                let polled = self.submit_first(cx);
                if after_poll && let State::InFlight { user_data, .. } = self.state {
                    self.state = State::InFlight {
                        again: true,
                        user_data,
                    };
                }
                polled
            }
            Some((c, _)) => self.finish(self.timed_out_if_cancelled(c)),
        }
    }

    /// A linked timeout's cancel reads as the timeout it is.
    fn timed_out_if_cancelled(&self, completion: Completion) -> Completion {
        if self.deadline.is_some() && completion.res == -libc::ECANCELED {
            Completion {
                res: -libc::ETIMEDOUT,
                ..completion
            }
        } else {
            completion
        }
    }

    #[inline(never)]
    fn poll_epoll_outlined(&mut self, cx: &mut Context<'_>) -> Poll<T::Output> {
        self.poll_epoll(cx)
    }

    /// io_uring: submits the operation (the first poll, or again after an `EAGAIN`).
    #[inline(never)]
    fn submit_first(&mut self, cx: &mut Context<'_>) -> Poll<T::Output> {
        // One test of the deadline on the way: set for this submission, then lent to it.
        let deadline = match self.deadline.as_deref_mut() {
            None => None,
            Some(d) => {
                if !d.arm() {
                    return self.finish(TIMED_OUT);
                }
                Some(&d.ts)
            }
        };
        let data = self.data.as_mut().expect("an idle op holds its data");
        let entry = data.entry();
        // SAFETY: `entry` points only at memory owned by `data` that never moves (the
        // `Operation` contract). `data` stays in this `Op` until the final completion is
        // taken, or moves into the slot's orphan on drop (through the runtime's deferred list
        // when the driver is borrowed then), which keeps it until the final completion, or
        // is leaked when the proactor was torn down before that completion (`OpTable::orphan`
        // after `give_up`); the boxed deadline's timespec is kept the same way.
        let submitted = unsafe {
            self.rt
                .driver
                .borrow_mut()
                .uring()
                .submit(entry, cx.waker(), deadline)
        };
        match submitted {
            Ok(user_data) => {
                self.state = State::InFlight {
                    again: false,
                    user_data,
                };
                Poll::Pending
            }
            // The kernel refused the submission for good: nothing is in its hands.
            Err(e) => {
                if let Some(data) = self.data.as_mut() {
                    data.refused();
                }
                self.finish(errno_completion(&e))
            }
        }
    }

    /// io_uring: the completion of the slot `user_data`, if it came (and the waker to wake
    /// for it otherwise). Always inlined: on the path of every completion, where a call of
    /// its own cost 11 instructions per operation (`valgrind --tool=callgrind` on the NOP
    /// benchmark).
    #[inline(always)]
    fn take(&self, user_data: u64, cx: &Context<'_>) -> Option<(Completion, bool)> {
        self.rt
            .driver
            .borrow_mut()
            .uring()
            .poll_take(user_data, cx.waker())
    }

    /// io_uring: the completion, if it came; a plain success is finished here, anything
    /// else by `after_completion`.
    #[inline]
    fn poll_in_flight(&mut self, user_data: u64, cx: &mut Context<'_>) -> Poll<T::Output> {
        let taken = self.take(user_data, cx);
        match taken {
            None => Poll::Pending,
            Some((c, _)) if c.is_final() && c.res >= 0 => self.finish(c),
            Some((c, _)) => self.after_completion(user_data, c, cx),
        }
    }

    fn park(&mut self, fd: RawFd, interest: Interest, cx: &mut Context<'_>) -> Poll<T::Output> {
        let parked = self
            .rt
            .driver
            .borrow_mut()
            .epoll()
            .park(fd, interest, cx.waker());
        match parked {
            Ok(parked) => {
                self.parked = Some(parked);
                Poll::Pending
            }
            Err(e) => self.finish(errno_completion(&e)),
        }
    }

    /// epoll: whether the operation's deadline has passed; the first look registers the
    /// timer's wake.
    fn deadline_passed(&mut self, cx: &mut Context<'_>) -> bool {
        self.deadline
            .as_mut()
            .and_then(|d| d.sleep.as_mut())
            .is_some_and(|sleep| Pin::new(sleep).poll(cx).is_ready())
    }

    /// epoll: parks the operation until `fd` is ready for `interest`, or ends it `TimedOut`
    /// if its deadline has passed (looked at here on the first poll, which tries the
    /// operation first, as io_uring does: a deadline already passed still lets what is ready
    /// complete).
    fn park_in_time(
        &mut self,
        fd: RawFd,
        interest: Interest,
        first: bool,
        cx: &mut Context<'_>,
    ) -> Poll<T::Output> {
        if first && self.deadline_passed(cx) {
            return self.complete_counted(TIMED_OUT);
        }
        self.park(fd, interest, cx)
    }

    fn poll_epoll(&mut self, cx: &mut Context<'_>) -> Poll<T::Output> {
        let first = matches!(self.state, State::Idle);
        match self.state {
            State::Done => panic!("an operation was polled after it completed"),
            State::Idle => {
                self.state = State::InFlight {
                    again: false,
                    user_data: 0,
                };
                self.rt.driver.borrow_mut().counters_mut().submitted += 1;
                if let Some(d) = self.deadline.as_mut() {
                    d.sleep = Some(Sleep::in_runtime(self.rt.clone(), d.duration));
                }
            }
            // The other states are io_uring's alone.
            State::InFlight { .. } | State::Waiting { .. } => {}
        }
        if !self.rt.coop_allows(cx) {
            // This task completed many operations in this poll without waiting: let others run.
            return Poll::Pending;
        }
        let was_parked = self.parked.is_some();
        // Out of the fd's waiters first, whatever comes next (a deadline that passed ended
        // the operation with its waiter still listed, counted in flight until its drop).
        if multishot::resume_parked(&self.rt, self.parked.take()) {
            return self.complete_counted(Completion {
                res: -libc::ECANCELED,
                flags: 0,
            });
        }
        if !first && self.deadline_passed(cx) {
            return self.complete_counted(TIMED_OUT);
        }
        let data = self.data.as_mut().expect("an in-flight op holds its data");
        if let Some((fd, interest)) = data.waits_on() {
            if !self.rt.driver.borrow_mut().epoll().is_ready(fd, interest) {
                return self.park_in_time(fd, interest, first, cx);
            }
            // Parking cleared the readiness: set again, it is epoll's word since.
            if was_parked && let Some(c) = data.ready_on_event() {
                return self.complete_counted(c);
            }
        }
        match data.attempt() {
            Attempt::Done(c) => {
                if let Some((fd, interest)) = data.drains(c) {
                    self.rt
                        .driver
                        .borrow_mut()
                        .epoll()
                        .clear_ready(fd, interest);
                }
                self.complete_counted(c)
            }
            Attempt::Wait(fd, interest) => self.park_in_time(fd, interest, first, cx),
            Attempt::Yield => {
                cx.waker().wake_by_ref();
                Poll::Pending
            }
            Attempt::CancelAll(fd) => {
                let cancelled = {
                    let mut wakes = self.rt.wake_list.borrow_mut();
                    self.rt
                        .driver
                        .borrow_mut()
                        .epoll()
                        .cancel_fd(fd, &mut wakes)
                };
                self.complete_counted(Completion {
                    res: cancelled as i32,
                    flags: 0,
                })
            }
        }
    }

    fn complete_counted(&mut self, completion: Completion) -> Poll<T::Output> {
        self.rt.driver.borrow_mut().counters_mut().completed += 1;
        self.rt.coop_spend();
        self.finish(completion)
    }
}

impl<T: Operation> Future for Op<T> {
    type Output = T::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T::Output> {
        let this = self.get_mut();
        if this.rt.is_epoll {
            return this.poll_epoll_outlined(cx);
        }
        match this.state {
            State::InFlight { user_data, .. } => this.poll_in_flight(user_data, cx),
            State::Idle => this.submit_first(cx),
            State::Waiting { wait, user_data } => this.poll_waiting(user_data, wait, cx),
            State::Done => panic!("an operation was polled after it completed"),
        }
    }
}

/// An orphan with something more to keep alive until its final completion: an operation's
/// deadline, or the descriptor its entry names (whose number must not be closed and reused
/// while the entry may still be queued or in flight).
pub(crate) struct Also<T>(
    pub(crate) Box<dyn Orphan>,
    #[allow(dead_code, reason = "kept alive, never read")] pub(crate) T,
);

impl<T> Orphan for Also<T> {
    fn on_completion(&mut self, completion: Completion) {
        self.0.on_completion(completion);
    }
}

impl<T: Operation> Drop for Op<T> {
    // The common case, an operation dropped after it completed with nothing parked, is two
    // tests: dropping a NOP (the fields' glue included) went from 27 to 18 instructions
    // (`valgrind --tool=callgrind` over `cargo bench -p percore-bench --bench nop`).
    #[inline]
    fn drop(&mut self) {
        if matches!(self.state, State::Done | State::Idle) && self.parked.is_none() {
            return;
        }
        self.drop_in_flight();
    }
}

impl<T: Operation> Op<T> {
    /// The rest of `drop`: an operation still in the kernel's hands (or parked on epoll).
    #[inline(never)]
    fn drop_in_flight(&mut self) {
        // On epoll nothing is in the kernel's hands: the data simply drops, and a parked
        // operation leaves its fd's waiters.
        if self.rt.is_epoll {
            if let Some(parked) = self.parked.take() {
                self.rt.unpark(parked);
            }
            return;
        }
        let (State::InFlight { user_data, .. } | State::Waiting { user_data, .. }) = self.state
        else {
            return;
        };
        let Some(data) = self.data.take() else { return };
        // A slot that waits for readiness or a back-off holds a poll or a timer, whose
        // completion is not the operation's: the operation's orphan would read a poll's
        // event mask as its result (an accept's, as a descriptor to close). Keep the data
        // alive and nothing more.
        let mut orphan = match self.state {
            State::Waiting { .. } => keep(data),
            _ => data.into_orphan(),
        };
        if let Some(mut deadline) = self.deadline.take() {
            // io_uring never sets the timer (it is epoll's); dropped here, not in the orphan.
            deadline.sleep = None;
            orphan = Box::new(Also(orphan, deadline));
        }
        // Dropped while the driver is borrowed (by a waker's drop inside its bookkeeping, say),
        // the hand-over waits for the end of the tick: nothing is freed early, nothing is
        // leaked.
        self.rt.orphan_op(user_data, orphan);
    }
}

/// How long an operation waits after an `EAGAIN` that came right after its fd was reported
/// ready ([`Op::back_off`]): one of eight spans from 12.5 to 187.5 ms, 100 ms on average (the
/// middle of the kernel's own random 2 to 200 ms in that state), where the kernel reads them
/// at the timer's submission. Taken in turn ([`back_off_for`]), so that operations that back
/// off together (when `tcp_mem` is reached, every stalled send at once) go in again spread
/// over the span rather than all in the same instant.
static BACK_OFFS: [Timespec; 8] = {
    let mut spans = [Timespec::new(); 8];
    let mut i = 0;
    while i < spans.len() {
        spans[i] = Timespec::new().nsec(back_off_nanos(i));
        i += 1;
    }
    spans
};

/// The length of `BACK_OFFS[i]`, in nanoseconds: (2i + 1) x 12.5 ms.
const fn back_off_nanos(i: usize) -> u32 {
    (2 * i as u32 + 1) * 12_500_000
}

/// The back-off of the `turn`th back-off of this ring: its length and its timespec. Turns
/// next to each other take spans far apart (the turn times 5, modulo 8, visits all eight).
pub(crate) fn back_off_for(turn: u64) -> (Duration, &'static Timespec) {
    let i = (turn.wrapping_mul(5) % BACK_OFFS.len() as u64) as usize;
    (
        Duration::from_nanos(u64::from(back_off_nanos(i))),
        &BACK_OFFS[i],
    )
}

/// The completion of an operation whose deadline passed before it could be submitted again.
const TIMED_OUT: Completion = Completion {
    res: -libc::ETIMEDOUT,
    flags: 0,
};

/// A completion carrying `e`'s errno.
pub(crate) fn errno_completion(e: &io::Error) -> Completion {
    Completion {
        res: -e.raw_os_error().unwrap_or(libc::EIO),
        flags: 0,
    }
}

/// epoll: turns a syscall's return value into an attempt; `EAGAIN` waits on `fd`.
pub(crate) fn attempt_io(ret: isize, fd: RawFd, interest: Interest) -> Attempt {
    if ret >= 0 {
        return Attempt::Done(Completion {
            res: i32::try_from(ret).unwrap_or(i32::MAX),
            flags: 0,
        });
    }
    match io::Error::last_os_error().raw_os_error() {
        Some(libc::EAGAIN) => Attempt::Wait(fd, interest),
        Some(libc::EINTR) => Attempt::Yield,
        code => Attempt::Done(Completion {
            res: -code.unwrap_or(libc::EIO),
            flags: 0,
        }),
    }
}

/// epoll: a syscall that never blocks on readiness (files): its result as an attempt.
pub(crate) fn attempt_now(ret: isize) -> Attempt {
    match attempt_io(ret, -1, Interest::Read) {
        // Regular files do not say EAGAIN; if one does, try again next tick.
        Attempt::Wait(..) => Attempt::Yield,
        other => other,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fd::SharedFd;
    use std::cell::Cell;
    use std::os::fd::OwnedFd;

    /// A receive with `MSG_DONTWAIT`, waiting on the readiness it is given: on an empty
    /// socket, waiting on writability (which the socket has all along), it is what a TCP
    /// socket under memory pressure is to a send: ready by `poll`, `EAGAIN` by the
    /// operation. It counts its `EAGAIN`s, and the completions its orphan is given.
    struct TestRecv {
        fd: SharedFd,
        /// Where it waits for readiness, when not on `fd`.
        ready: Option<SharedFd>,
        interest: Interest,
        eagains: Rc<Cell<u32>>,
        orphaned: Rc<Cell<u32>>,
        buf: Box<[u8; 16]>,
    }

    impl TestRecv {
        fn new(fd: OwnedFd, interest: Interest) -> TestRecv {
            TestRecv {
                fd: SharedFd::new(fd),
                ready: None,
                interest,
                eagains: Rc::default(),
                orphaned: Rc::default(),
                buf: Box::new([0; 16]),
            }
        }
    }

    /// The orphan of [`TestRecv`]: keeps the buffer, counts completions.
    struct Counting(
        Rc<Cell<u32>>,
        #[allow(dead_code, reason = "kept alive")] Box<[u8; 16]>,
    );

    impl Orphan for Counting {
        fn on_completion(&mut self, _completion: Completion) {
            self.0.set(self.0.get() + 1);
        }
    }

    // SAFETY: the entry points into the boxed buffer, owned by `self` and then by its orphan,
    // which does not move.
    unsafe impl Operation for TestRecv {
        type Output = io::Result<usize>;
        fn entry(&mut self) -> io_uring::squeue::Entry {
            opcode::Recv::new(Fd(self.fd.raw()), self.buf.as_mut_ptr(), 16)
                .flags(libc::MSG_DONTWAIT)
                .build()
        }
        fn attempt(&mut self) -> Attempt {
            Attempt::Yield
        }
        fn waits_on(&self) -> Option<(RawFd, Interest)> {
            Some((self.ready.as_ref().unwrap_or(&self.fd).raw(), self.interest))
        }
        fn discard(&mut self, c: Completion) {
            let eagain = c.res == -libc::EAGAIN;
            self.eagains.set(self.eagains.get() + u32::from(eagain));
        }
        fn complete(self, c: Completion) -> io::Result<usize> {
            to_usize(c)
        }
        fn into_orphan(self) -> Box<dyn Orphan> {
            // The descriptors too: the entry names them until the final completion.
            let fds = (self.fd, self.ready);
            Box::new(Also(Box::new(Counting(self.orphaned, self.buf)), fds))
        }
    }

    /// Runs `test` on a proactor of its own, on io_uring only (the waits after an `EAGAIN`
    /// are io_uring's: on epoll it returns at once).
    fn on_io_uring(test: impl Future<Output = ()>) {
        let proactor = crate::Proactor::builder().build().unwrap();
        proactor.block_on(async {
            if !runtime::current().is_epoll {
                test.await;
            }
        });
    }

    #[test]
    fn an_eagain_right_after_readiness_backs_off_rather_than_going_round() {
        on_io_uring(async {
            let (ours, mut peer) = std::os::unix::net::UnixStream::pair().unwrap();
            let op = TestRecv::new(OwnedFd::from(ours), Interest::Write);
            let eagains = op.eagains.clone();
            let op = Op::new(op);
            let task = crate::spawn(op);
            crate::time::sleep(Duration::from_millis(450)).await;
            // Each round: the operation, `EAGAIN`, a poll that fires at once, the operation
            // again, `EAGAIN`, then a back-off (12.5, 137.5, 62.5, 187.5 ms for the first
            // four): about ten in 450 ms. Without the back-off, thousands.
            let seen = eagains.get();
            assert!(
                (4..=20).contains(&seen),
                "EAGAINs in 450 ms: {seen} (two per back-off expected)"
            );
            let stats = crate::stats();
            assert!(stats.back_offs >= 2, "{stats:?}");
            std::io::Write::write_all(&mut peer, b"data").unwrap();
            assert_eq!(
                task.await.unwrap().unwrap(),
                4,
                "it goes in again and completes"
            );
        });
    }

    #[test]
    fn a_read_that_finds_nothing_after_readiness_polls_again_without_backing_off() {
        on_io_uring(async {
            // It receives on an empty socket and waits on another that is always readable:
            // for a read, what another reader being first looks like, every time.
            let (ours, mut peer) = std::os::unix::net::UnixStream::pair().unwrap();
            let (ready, mut ready_peer) = std::os::unix::net::UnixStream::pair().unwrap();
            std::io::Write::write_all(&mut ready_peer, b"r").unwrap();
            let mut op = TestRecv::new(OwnedFd::from(ours), Interest::Read);
            op.ready = Some(SharedFd::new(OwnedFd::from(ready)));
            let eagains = op.eagains.clone();
            let task = crate::spawn(Op::new(op));
            crate::time::sleep(Duration::from_millis(50)).await;
            // Backing off, it would have seen two in 50 ms.
            let seen = eagains.get();
            assert!(seen > 10, "EAGAINs in 50 ms: {seen}: a read backed off");
            assert_eq!(crate::stats().back_offs, 0);
            std::io::Write::write_all(&mut peer, b"data").unwrap();
            assert_eq!(task.await.unwrap().unwrap(), 4);
        });
    }

    #[test]
    fn back_offs_taken_in_turn_spread_over_the_span_around_100_ms() {
        let spans: Vec<Duration> = (0..8).map(|turn| back_off_for(turn).0).collect();
        let mut sorted = spans.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 8, "eight turns take eight spans: {spans:?}");
        assert_eq!(sorted[0], Duration::from_micros(12_500));
        assert_eq!(sorted[7], Duration::from_micros(187_500));
        assert_eq!(
            spans.iter().sum::<Duration>() / 8,
            Duration::from_millis(100)
        );
        // Turns next to each other are far apart, however many came before.
        for turn in (0..16).chain(u64::MAX - 16..u64::MAX) {
            let (a, b) = (back_off_for(turn).0, back_off_for(turn + 1).0);
            assert!(a.abs_diff(b) >= Duration::from_millis(25), "{a:?} {b:?}");
        }
    }

    /// Polls `op` once, which must not complete it.
    async fn poll_once<T: Operation>(op: &mut Op<T>) {
        std::future::poll_fn(|cx| {
            assert!(Pin::new(&mut *op).poll(cx).is_pending());
            Poll::Ready(())
        })
        .await;
    }

    #[test]
    fn an_operation_dropped_while_it_waits_for_readiness_leaves_the_polls_completion_alone() {
        on_io_uring(async {
            let (ours, mut peer) = std::os::unix::net::UnixStream::pair().unwrap();
            let op = TestRecv::new(OwnedFd::from(ours), Interest::Read);
            let seen = op.orphaned.clone();
            let mut op = Op::new(op);
            // Submitted; its `EAGAIN` comes back; then it waits for readiness.
            poll_once(&mut op).await;
            crate::time::sleep(Duration::from_millis(20)).await;
            poll_once(&mut op).await;
            assert!(matches!(
                op.state,
                State::Waiting {
                    wait: Wait::Readiness,
                    ..
                }
            ));
            // The poll completes (its result an event mask, `POLLIN`), and is taken into the
            // slot before the operation sees it: then the operation is dropped.
            std::io::Write::write_all(&mut peer, b"x").unwrap();
            crate::time::sleep(Duration::from_millis(20)).await;
            drop(op);
            crate::time::sleep(Duration::from_millis(20)).await;
            // An accept's orphan would have closed the descriptor numbered by the mask.
            assert_eq!(
                seen.get(),
                0,
                "the operation's orphan was given the poll's completion"
            );
        });
    }

    #[test]
    fn a_wait_for_readiness_the_ring_refuses_ends_the_operation_with_the_error() {
        let (ran, got) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(None)));
        let (running, seen) = (ran.clone(), got.clone());
        // A ring that refuses a submission is broken: the proactor says so at its next turn
        // (it panics, by contract), which may or may not come before the test's end.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            on_io_uring(async move {
                running.set(true);
                let (ours, _peer) = std::os::unix::net::UnixStream::pair().unwrap();
                let mut op = Op::new(TestRecv::new(OwnedFd::from(ours), Interest::Read));
                // Submitted; its `EAGAIN` comes back.
                poll_once(&mut op).await;
                crate::time::sleep(Duration::from_millis(20)).await;
                // The poll for readiness it now submits finds the queue full, and the kernel
                // refusing to take it.
                runtime::current()
                    .driver
                    .borrow_mut()
                    .uring()
                    .refuse_next_submission(libc::EBADF);
                let res = std::future::poll_fn(|cx| Pin::new(&mut op).poll(cx)).await;
                seen.set(Some(res.map_err(|e| e.raw_os_error())));
            });
        }));
        if ran.get() {
            assert_eq!(
                got.get(),
                Some(Err(Some(libc::EBADF))),
                "the refused wait ends the operation with the kernel's error"
            );
        }
    }

    #[test]
    fn a_deadline_bounds_an_operation_that_backs_off() {
        on_io_uring(async {
            let (ours, _peer) = std::os::unix::net::UnixStream::pair().unwrap();
            let op = Op::new(TestRecv::new(OwnedFd::from(ours), Interest::Write))
                .timeout(Duration::from_millis(250));
            let started = Instant::now();
            let err = op.await.expect_err("nothing ever comes");
            let took = started.elapsed();
            assert_eq!(err.kind(), io::ErrorKind::TimedOut);
            assert!(
                took >= Duration::from_millis(240) && took < Duration::from_millis(400),
                "the deadline of 250 ms ended it after {took:?}"
            );
        });
    }
}
