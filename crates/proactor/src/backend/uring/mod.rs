//! The io_uring backend: one ring per proactor, one `io_uring_enter` per tick.

pub(crate) mod setup;

use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::task::Waker;

use io_uring::types::{CancelBuilder, Fd, Timespec};
use io_uring::{EnterFlags, IoUring, opcode, squeue};

use super::{DriverCounters, Wait};
use crate::executor::wakes::{Waiter, Wakes};
use crate::features::Features;
use crate::ops::table::{Completion, Delivered, OpTable, Orphan, Orphaning, reserved};
use crate::sys;

/// The ring, its in-flight operations, and the eventfd read that carries remote wakes.
pub(crate) struct UringDriver {
    ring: IoUring,
    /// The fd (or registered index) passed to `io_uring_enter`.
    enter_fd: i32,
    /// `IORING_ENTER_REGISTERED_RING` when the ring fd is registered, else 0.
    enter_base: u32,
    defer_taskrun: bool,
    sqpoll: bool,
    table: OpTable,
    pub(crate) counters: DriverCounters,
    wake: WakeRead,
    /// Set by `begin_shutdown`: the wake read is not re-armed any more, and operations are
    /// refused (`ECANCELED`).
    closing: bool,
    /// Multishot operations to cancel after a drain pass (see `hold_at_most`); empty between
    /// passes, kept for its allocation.
    pauses: Vec<u64>,
    /// Wakers of completions reaped while making room in a full submission queue (outside a
    /// tick's `turn`): handed out by the next `turn`.
    reaped: Wakes,
    /// An `io_uring_enter` error that is not transient, met where it could not be returned
    /// (an internal submission): the next `turn` reports it.
    broken: Option<io::Error>,
    /// Tests only: the errno the next full-queue submission reports instead of entering.
    #[cfg(test)]
    inject: Option<i32>,
}

/// `entry` read as eight 8-byte words, for the copy into the ring.
///
/// An entry is built on the stack by narrow and unaligned stores (a byte of opcode, a 4-byte
/// fd, an 8-byte `user_data`, 16-byte runs of zeroes), and the copy into the ring reads it
/// back 16 bytes at a time, straight after. A load that spans two pending stores cannot be
/// forwarded from them and waits until they reach the cache: perf put over half of
/// submission's user-space cycles on those loads. Every 8-byte word lies within one store, so
/// read word by word the entry is forwarded from the store buffer. Volatile, so that the
/// compiler keeps the words apart rather than merging them back into wide loads.
#[inline(always)]
fn by_words(entry: &squeue::Entry) -> squeue::Entry {
    const WORDS: usize = std::mem::size_of::<squeue::Entry>() / 8;
    let src = std::ptr::from_ref(entry).cast::<u64>();
    let mut words = [0u64; WORDS];
    for (i, word) in words.iter_mut().enumerate() {
        // SAFETY: `src` points at a live 64-byte entry, aligned to 8 (it holds `u64` fields),
        // and `i` stays below its eight words.
        *word = unsafe { std::ptr::read_volatile(src.add(i)) };
    }
    // SAFETY: `Entry` is a `repr(C)` wrapper of the kernel's SQE, 64 bytes of integers and
    // unions of integers: every bit pattern is a valid value.
    unsafe { std::mem::transmute::<[u64; WORDS], squeue::Entry>(words) }
}

/// The read kept armed on the runtime's eventfd.
struct WakeRead {
    fd: RawFd,
    /// Where the kernel writes the counter; heap-allocated so it never moves.
    buf: Box<u64>,
    armed: bool,
    fired: bool,
}

impl std::fmt::Debug for UringDriver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UringDriver")
            .field("table", &self.table)
            .field("counters", &self.counters)
            .finish_non_exhaustive()
    }
}

impl Drop for UringDriver {
    fn drop(&mut self) {
        // However the driver goes (a teardown cut short by a panic included), what the kernel
        // may still write is leaked, never freed: the data of orphans still owed a completion
        // (`finish_shutdown` normally did this already) and the armed wake read's counter.
        // (A second `give_up` after `finish_shutdown`'s finds no orphan left: nothing.)
        self.table.give_up();
        self.leak_wake_buf();
        // The thread's registration of the ring's fd holds the ring: given back here (on the
        // thread that made it: the driver never leaves it), the ring is released when its fd
        // closes, with what it still holds, rather than when the thread ends; and the
        // thread's 16 registrations are not used up by proactors long gone.
        if self.enter_base & EnterFlags::REGISTERED_RING.bits() != 0
            && let Err(e) = sys::unregister_ring_fd(self.ring.as_raw_fd(), self.enter_fd as u32)
        {
            tracing::warn!("the ring's fd could not be unregistered: {e}");
        }
    }
}

impl UringDriver {
    /// Wraps a ring obtained by [`setup::setup`] and arms the wake read on `eventfd`.
    pub(crate) fn new(obtained: setup::Obtained, eventfd: RawFd) -> (UringDriver, Features) {
        let setup::Obtained {
            ring,
            features,
            registered_index,
        } = obtained;
        let (enter_fd, enter_base) = match registered_index {
            Some(i) => (i as i32, EnterFlags::REGISTERED_RING.bits()),
            None => (ring.as_raw_fd(), 0),
        };
        let mut driver = UringDriver {
            ring,
            enter_fd,
            enter_base,
            defer_taskrun: features.flags.defer_taskrun,
            sqpoll: features.flags.sqpoll,
            table: OpTable::default(),
            counters: DriverCounters::default(),
            wake: WakeRead {
                fd: eventfd,
                buf: Box::new(0),
                armed: false,
                fired: false,
            },
            closing: false,
            pauses: Vec::new(),
            reaped: Wakes::default(),
            broken: None,
            #[cfg(test)]
            inject: None,
        };
        driver.arm_wake();
        (driver, features)
    }

    fn arm_wake(&mut self) {
        let entry = opcode::Read::new(Fd(self.wake.fd), (&raw mut *self.wake.buf).cast(), 8)
            .build()
            .user_data(reserved::WAKE);
        // SAFETY: the read writes 8 bytes into `wake.buf`, a heap allocation owned by this
        // driver that is freed only after the read's completion, or leaked by
        // `finish_shutdown` when that never came.
        match unsafe { self.push(entry) } {
            Ok(()) => self.wake.armed = true,
            Err(e) => self.fail(e),
        }
    }

    /// Records an error that leaves the ring unusable, for the next `turn` to report.
    fn fail(&mut self, e: io::Error) {
        tracing::error!("io_uring_enter failed: {e}");
        self.broken.get_or_insert(e);
    }

    /// Pushes one SQE, submitting first if the queue is full: never dropped.
    ///
    /// # Errors
    ///
    /// The error of `io_uring_enter` when the queue is full and the kernel refuses to take
    /// it for a reason other than a passing one (see [`UringDriver::submit_full_queue`]).
    ///
    /// # Safety
    ///
    /// Everything `entry` points at must stay valid and unmoved until its completion (or, for
    /// a reserved `user_data`, until the kernel has consumed the SQE).
    ///
    /// By value, inlined, and copied word by word (see [`by_words`]).
    #[inline(always)]
    pub(crate) unsafe fn push(&mut self, entry: squeue::Entry) -> io::Result<()> {
        // SAFETY: forwarded from this function's contract.
        if unsafe { self.ring.submission().push(&by_words(&entry)) }.is_ok() {
            self.counters.submitted += 1;
            return Ok(());
        }
        // SAFETY: forwarded from this function's contract.
        unsafe { self.push_after_full(entry) }
    }

    /// [`UringDriver::push`] once the queue is full: submits to make room, then pushes.
    ///
    /// # Safety
    ///
    /// As [`UringDriver::push`].
    #[cold]
    #[inline(never)]
    unsafe fn push_after_full(&mut self, entry: squeue::Entry) -> io::Result<()> {
        loop {
            self.submit_full_queue()?;
            // SAFETY: forwarded from this function's contract.
            if unsafe { self.ring.submission().push(&entry) }.is_ok() {
                self.counters.submitted += 1;
                return Ok(());
            }
        }
    }

    /// Pushes SQEs that must reach the kernel together (a linked pair): all through one
    /// handle on the queue, so its tail is published once, after the last. With SQPOLL the
    /// kernel's thread could otherwise take the first alone and run it unlinked.
    ///
    /// # Errors
    ///
    /// As [`UringDriver::push`].
    ///
    /// # Safety
    ///
    /// As [`UringDriver::push`], for every entry.
    unsafe fn push_together(&mut self, entries: &[squeue::Entry]) -> io::Result<()> {
        loop {
            // SAFETY: forwarded from this function's contract. The handle publishes the tail
            // when it drops, after every entry is written.
            let pushed = unsafe { self.ring.submission().push_multiple(entries) };
            if pushed.is_ok() {
                self.counters.submitted += entries.len() as u64;
                return Ok(());
            }
            self.submit_full_queue()?;
        }
    }

    /// Submits the whole queue to make room.
    ///
    /// `EBUSY` and `EAGAIN` mean the kernel cannot take more now (completions it holds back
    /// after a CQ overflow, a moment without memory): the completion queue is reaped into the
    /// op table (their wakers wait for the next `turn`) and the caller tries again. `EINTR`
    /// is tried again too.
    ///
    /// # Errors
    ///
    /// Any other error of `io_uring_enter` (`EBADF`, `EFAULT`, ...): the ring is unusable.
    fn submit_full_queue(&mut self) -> io::Result<()> {
        self.counters.sq_full_submits += 1;
        let to_submit = self.ring.submission().len() as u32;
        let mut flags = self.enter_base;
        if self.sqpoll {
            std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
            flags |= if self.ring.submission().need_wakeup() {
                EnterFlags::SQ_WAKEUP.bits()
            } else {
                EnterFlags::SQ_WAIT.bits()
            };
        }
        #[cfg(test)]
        if let Some(errno) = self.inject.take() {
            return self.after_full_submit(Err(io::Error::from_raw_os_error(errno)));
        }
        // SAFETY: every queued SQE was pushed through `push`, whose contract keeps its memory
        // alive; no extended argument is passed.
        let res =
            unsafe { sys::io_uring_enter(self.enter_fd, to_submit, 0, flags, std::ptr::null(), 0) };
        self.counters.enters += 1;
        self.after_full_submit(res)
    }

    fn after_full_submit(&mut self, res: io::Result<u32>) -> io::Result<()> {
        match res {
            Ok(_) => Ok(()),
            Err(e) if matches!(e.raw_os_error(), Some(libc::EBUSY | libc::EAGAIN)) => {
                let mut reaped = std::mem::take(&mut self.reaped);
                self.drain(&mut reaped);
                // Re-arming the wake read inside `drain` can come back here and reap into
                // `self.reaped` meanwhile: keep those too.
                reaped.append(&mut self.reaped);
                self.reaped = reaped;
                Ok(())
            }
            Err(e) if is_transient(&e) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Allocates a slot and pushes `entry` with its `user_data`, followed by a linked timeout
    /// when `deadline` is given. Returns the `user_data`.
    ///
    /// # Errors
    ///
    /// As [`UringDriver::push`]; the slot is freed again and nothing was submitted.
    /// `ECANCELED` once the proactor is being dropped.
    ///
    /// # Safety
    ///
    /// As for [`UringDriver::push`]: the caller keeps everything `entry` and `deadline` point at
    /// alive until the operation's final completion.
    // Inlined, the entry by value, the slot's waiter never passed through memory: out of
    // line, the copies of both stalled on store forwarding (see `by_words`). With that and
    // `by_words`, a NOP from one task keeping 64 in flight went from 1.52x to 1.37x raw
    // io-uring's cost (Intel Xeon, `cargo bench -p percore-bench --bench nop`).
    #[inline(always)]
    pub(crate) unsafe fn submit(
        &mut self,
        entry: squeue::Entry,
        waker: &Waker,
        deadline: Option<&Timespec>,
    ) -> io::Result<u64> {
        if self.closing {
            // An operation first polled after its proactor was dropped (kept outside its
            // tasks): nobody would ever reap it.
            return Err(io::Error::from_raw_os_error(libc::ECANCELED));
        }
        if let Some(ts) = deadline {
            // SAFETY: forwarded from this function's contract.
            return unsafe { self.submit_linked(entry, waker, ts) };
        }
        let user_data = self.table.insert(Waiter::of(waker));
        // SAFETY: forwarded from this function's contract.
        match unsafe { self.push(entry.user_data(user_data)) } {
            Ok(()) => Ok(user_data),
            // SAFETY: the push failed: the entry never reached the queue.
            Err(e) => unsafe { self.refused(user_data, e) },
        }
    }

    /// [`UringDriver::submit`] with a deadline: `entry` linked to a timeout of `ts`.
    ///
    /// # Safety
    ///
    /// As [`UringDriver::submit`].
    #[inline(never)]
    unsafe fn submit_linked(
        &mut self,
        entry: squeue::Entry,
        waker: &Waker,
        ts: &Timespec,
    ) -> io::Result<u64> {
        let user_data = self.table.insert(Waiter::of(waker));
        // SAFETY: forwarded from this function's contract.
        match unsafe { self.push_linked(&entry.user_data(user_data), ts) } {
            Ok(()) => Ok(user_data),
            // SAFETY: the push failed: the entry never reached the queue.
            Err(e) => unsafe { self.refused(user_data, e) },
        }
    }

    /// Pushes `entry` linked to a timeout of `ts`.
    ///
    /// # Safety
    ///
    /// As [`UringDriver::submit`], for `entry` and `ts`.
    #[inline(never)]
    unsafe fn push_linked(&mut self, entry: &squeue::Entry, ts: &Timespec) -> io::Result<()> {
        let linked = entry.clone().flags(squeue::Flags::IO_LINK);
        let timeout = opcode::LinkTimeout::new(ts)
            .build()
            .user_data(reserved::LINK_TIMEOUT);
        // SAFETY: forwarded from this function's contract; the timespec is read when the
        // kernel consumes the SQE, and the caller keeps it alive longer than that.
        unsafe { self.push_together(&[linked, timeout]) }
    }

    /// A submission the kernel refused for good: the slot goes, the error is reported.
    ///
    /// # Safety
    ///
    /// The entry naming `user_data` never reached the queue (its push failed).
    #[cold]
    #[inline(never)]
    unsafe fn refused(&mut self, user_data: u64, e: io::Error) -> io::Result<u64> {
        // SAFETY: forwarded from this function's contract.
        unsafe { self.table.remove_refused(user_data) };
        // The ring is unusable: the next turn reports it too, so that a loop that retries the
        // operation (an accept loop) cannot spin without yielding.
        let again = e
            .raw_os_error()
            .map_or_else(|| io::Error::from(e.kind()), io::Error::from_raw_os_error);
        self.fail(again);
        Err(e)
    }

    /// Tests only: queues no-ops until the submission queue is full, and has the kernel refuse
    /// the next submission of the full queue with `errno`, as a broken ring would: the next
    /// entry pushed fails with it.
    #[cfg(test)]
    pub(crate) fn refuse_next_submission(&mut self, errno: i32) {
        while !self.ring.submission().is_full() {
            // SAFETY: a no-op points at no memory.
            unsafe { self.submit(opcode::Nop::new().build(), Waker::noop(), None) }
                .expect("room in the queue");
        }
        self.inject = Some(errno);
    }

    /// The next completion of `user_data` (see `OpTable::poll`).
    pub(crate) fn poll_op(&mut self, user_data: u64, waker: &Waker) -> Option<(Completion, bool)> {
        self.table.poll(user_data, waker)
    }

    /// The next completion of a single-shot operation, its slot freed once that is the final
    /// one (see `OpTable::poll_take`).
    #[inline]
    pub(crate) fn poll_take(
        &mut self,
        user_data: u64,
        waker: &Waker,
    ) -> Option<(Completion, bool)> {
        self.table.poll_take(user_data, waker)
    }

    /// Frees the slot of an operation whose owner took its final completion.
    pub(crate) fn remove(&mut self, user_data: u64) {
        self.table.remove(user_data);
    }

    /// The owner of `user_data` is gone: `orphan` keeps its memory alive and a cancel goes out;
    /// or, when the operation had finished, it comes back, to be dropped by the caller once
    /// the driver is released.
    pub(crate) fn orphan(
        &mut self,
        user_data: u64,
        orphan: Box<dyn Orphan>,
    ) -> Option<Box<dyn Orphan>> {
        match self.table.orphan(user_data, orphan) {
            Orphaning::Cancel => {
                self.cancel(user_data);
                None
            }
            Orphaning::Release(data) => Some(data),
            Orphaning::Leaked => None,
        }
    }

    /// Asks the kernel to cancel `user_data`; its final completion still arrives.
    pub(crate) fn cancel(&mut self, user_data: u64) {
        let entry = opcode::AsyncCancel::new(user_data)
            .build()
            .user_data(reserved::CANCEL);
        // SAFETY: a cancel points at no memory.
        if let Err(e) = unsafe { self.push(entry) } {
            // The operation runs to its own end instead; its slot keeps its memory till then.
            self.fail(e);
        }
    }

    /// Closes `fd` through the ring (no syscall of its own; batched with the tick). At once
    /// where the ring may not take it: while the ring is torn down (its last turn may have
    /// been) and when the queue refuses the entry.
    ///
    /// # Safety
    ///
    /// As [`sys::close_raw`], and no entry queued or in flight names `fd`: a close at once
    /// must not give its number to another descriptor under an entry that reaches the
    /// kernel later. (Every operation holds the `SharedFd`s its entry names until its final
    /// completion, orphans too, so the last owner's drop, the one caller, never breaks it; the
    /// driver's own entries name only its wake eventfd, never closed, and descriptors a queued
    /// close already owns.)
    pub(crate) unsafe fn close_fd(&mut self, fd: RawFd) {
        if self.closing {
            // SAFETY: forwarded from this function's contract.
            unsafe { sys::close_raw(fd) };
            return;
        }
        let entry = opcode::Close::new(Fd(fd))
            .build()
            .user_data(reserved::CLOSE);
        // SAFETY: a close points at no memory.
        if let Err(e) = unsafe { self.push(entry) } {
            // Closed before the failure is logged (a subscriber that panics leaks nothing).
            // SAFETY: forwarded from this function's contract (nothing queued names `fd`).
            unsafe { sys::close_raw(fd) };
            self.fail(e);
        }
    }

    /// Submits the queued entries without waiting: what the last poll before `block_on`
    /// returns queued (a close of a socket it dropped) reaches the kernel then, not at the
    /// next `block_on` or the proactor's drop. Their completions are reaped by the next turn.
    /// Best effort: an entry the kernel does not take now (a passing `EBUSY`, say) goes with
    /// the next turn; a lasting error is logged and breaks the ring, as a turn's does, so the
    /// next turn reports it rather than nobody.
    pub(crate) fn submit_queued(&mut self) {
        let queued = {
            let mut sq = self.ring.submission();
            sq.sync();
            !sq.is_empty()
        };
        if queued
            && let Err(e) = self.ring.submit()
            && !is_transient(&e)
        {
            self.fail(e);
        }
    }

    /// Registers a provided-buffer ring.
    ///
    /// # Safety
    ///
    /// `addr` must point at `entries` ring entries that stay mapped until the group is
    /// unregistered or the ring is gone.
    pub(crate) unsafe fn register_buf_ring(
        &mut self,
        addr: u64,
        entries: u16,
        group: u16,
    ) -> io::Result<()> {
        // SAFETY: forwarded from this function's contract.
        unsafe {
            self.ring
                .submitter()
                .register_buf_ring_with_flags(addr, entries, group, 0)
        }
    }

    /// Unregisters a provided-buffer ring.
    pub(crate) fn unregister_buf_ring(&mut self, group: u16) -> io::Result<()> {
        self.ring.submitter().unregister_buf_ring(group)
    }

    /// Number of operations the kernel still owes a completion (plus taken-but-not-freed).
    pub(crate) fn in_flight(&self) -> usize {
        self.table.live()
    }

    /// Whether the eventfd fired since the last call (the runtime then looks at its remote
    /// queue).
    pub(crate) fn take_remote_fired(&mut self) -> bool {
        std::mem::take(&mut self.wake.fired)
    }

    /// One tick's kernel entry: submits everything queued and waits per `wait`, then drains
    /// the completion queue into the op table. Wakers of completed operations go to `wake`.
    pub(crate) fn turn(&mut self, wait: Wait, wake: &mut Wakes) -> io::Result<()> {
        if let Some(e) = self.broken.take() {
            return Err(e);
        }
        wake.append(&mut self.reaped);
        let wait = if wake.is_empty() { wait } else { Wait::Poll };
        let (to_submit, overflow, taskrun) = {
            let mut sq = self.ring.submission();
            sq.sync();
            (sq.len() as u32, sq.cq_overflow(), sq.taskrun())
        };
        let cq_ready = !self.ring.completion().is_empty();
        let block = !cq_ready && !matches!(wait, Wait::Poll);
        let getevents = block || overflow || taskrun || (self.defer_taskrun && !cq_ready);
        let mut flags = self.enter_base;
        if getevents {
            flags |= EnterFlags::GETEVENTS.bits();
        }
        let mut skip = to_submit == 0 && !getevents;
        if self.sqpoll {
            std::sync::atomic::fence(std::sync::atomic::Ordering::SeqCst);
            if self.ring.submission().need_wakeup() {
                flags |= EnterFlags::SQ_WAKEUP.bits();
                skip = false;
            } else if !getevents {
                skip = true;
            }
        }
        if !skip {
            let ts;
            let arg;
            let (argp, argsz) = match wait {
                Wait::Until(d) if block => {
                    ts = Timespec::from(d);
                    arg = sys::GeteventsArg {
                        ts: (&raw const ts) as u64,
                        sigmask_sz: 8,
                        ..Default::default()
                    };
                    flags |= EnterFlags::EXT_ARG.bits();
                    (
                        (&raw const arg).cast::<libc::c_void>(),
                        std::mem::size_of::<sys::GeteventsArg>(),
                    )
                }
                _ => (std::ptr::null(), 0),
            };
            // SAFETY: queued SQEs satisfy `push`'s contract; `arg` and `ts` live on this stack
            // frame for the duration of the call.
            let res = unsafe {
                sys::io_uring_enter(
                    self.enter_fd,
                    to_submit,
                    u32::from(block),
                    flags,
                    argp,
                    argsz,
                )
            };
            self.counters.enters += 1;
            if let Err(e) = res
                && !is_transient(&e)
            {
                return Err(e);
            }
        }
        self.drain(wake);
        Ok(())
    }

    fn drain(&mut self, wake: &mut Wakes) {
        // Multishot operations whose owner's hold was reached: cancelled after the pass. Kept
        // in the driver so that it allocates once.
        let mut pauses = std::mem::take(&mut self.pauses);
        // A few passes at most: one normally, more when the kernel held completions back after
        // a CQ overflow and must be asked to flush them.
        for _ in 0..8 {
            let mut rearm = false;
            {
                let UringDriver {
                    ring,
                    table,
                    counters,
                    wake: wake_read,
                    ..
                } = self;
                for cqe in ring.completion() {
                    let user_data = cqe.user_data();
                    counters.completed += 1;
                    let completion = Completion {
                        res: cqe.result(),
                        flags: cqe.flags(),
                    };
                    if reserved::is_reserved(user_data) {
                        if user_data == reserved::WAKE {
                            wake_read.armed = false;
                            wake_read.fired = true;
                            rearm = true;
                        }
                        continue;
                    }
                    match table.complete(user_data, completion, wake) {
                        Delivered::Stale => counters.stale_completions += 1,
                        Delivered::ToOwnerPause => pauses.push(user_data),
                        Delivered::ToOwner | Delivered::ToOrphan => {}
                    }
                }
            }
            if rearm && !self.closing {
                self.arm_wake();
            }
            for user_data in pauses.drain(..) {
                self.cancel(user_data);
            }
            if !self.ring.submission().cq_overflow() {
                break;
            }
            // The kernel keeps overflowed completions (FEAT_NODROP) until asked to flush.
            self.counters.cq_overflows += 1;
            let flags = self.enter_base | EnterFlags::GETEVENTS.bits();
            // SAFETY: queued SQEs satisfy `push`'s contract; no extended argument.
            let _ = unsafe { sys::io_uring_enter(self.enter_fd, 0, 0, flags, std::ptr::null(), 0) };
            self.counters.enters += 1;
        }
        self.pauses = pauses;
    }

    /// Bounds the completions of the multishot operation `user_data` waiting for their owner
    /// (see `OpTable::hold_at_most`): past `hold` of them the operation is cancelled, and ends
    /// with `EAGAIN`.
    pub(crate) fn hold_at_most(&mut self, user_data: u64, hold: u16) {
        self.table.hold_at_most(user_data, hold);
    }

    /// Whether the data of finished orphans waits to be dropped.
    #[inline]
    pub(crate) fn has_released(&self) -> bool {
        self.table.has_released()
    }

    /// One piece of finished orphans' data, to drop with the driver free.
    pub(crate) fn pop_released(&mut self) -> Option<Box<dyn Orphan>> {
        self.table.pop_released()
    }

    /// Starts tearing down: cancels everything in flight and stops re-arming the wake read.
    pub(crate) fn begin_shutdown(&mut self) {
        self.closing = true;
        let entry = opcode::AsyncCancel2::new(CancelBuilder::any())
            .build()
            .user_data(reserved::CANCEL);
        // SAFETY: a cancel points at no memory.
        if let Err(e) = unsafe { self.push(entry) } {
            self.fail(e);
        }
    }

    /// Whether the kernel still owes a completion for something of ours: an operation, or
    /// the wake read.
    pub(crate) fn is_idle(&self) -> bool {
        self.table.owed() == 0 && !self.wake.armed
    }

    /// The kernel may still write the counter of an armed wake read into its box: leaked,
    /// never freed (the read counts as disarmed after, so that this leaks it once).
    fn leak_wake_buf(&mut self) {
        if self.wake.armed {
            std::mem::forget(std::mem::replace(&mut self.wake.buf, Box::new(0)));
            self.wake.armed = false;
        }
    }

    /// Ends the teardown: memory of operations whose completion never came is leaked on
    /// purpose, since the kernel may still write to it. Returns whether the wake read is
    /// disarmed (else its eventfd must not serve another ring).
    pub(crate) fn finish_shutdown(&mut self) -> bool {
        let leaked = self.table.give_up();
        let disarmed = !self.wake.armed;
        self.leak_wake_buf();
        if leaked > 0 {
            tracing::warn!(
                leaked,
                "proactor dropped with operations the kernel did not complete in time; their buffers, and the descriptors they name, are leaked, not freed or closed"
            );
        }
        disarmed
    }
}

/// Errors of `io_uring_enter` that the next tick retries: an interrupted or timed-out wait,
/// and a kernel short of resources for a moment.
fn is_transient(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::EINTR | libc::ETIME | libc::EAGAIN | libc::EBUSY)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::fd::OwnedFd;

    /// A ring of 4 SQEs (the wake read takes one) and its eventfd; `None` where io_uring is
    /// refused.
    /// Queues no-ops until the submission queue is full (the kernel not entered); their
    /// `user_data`.
    fn fill(d: &mut UringDriver, waker: &Waker) -> Vec<u64> {
        let mut ops = Vec::new();
        while !d.ring.submission().is_full() {
            ops.push(push_nop(d, waker).unwrap());
        }
        ops
    }

    fn driver() -> Option<(UringDriver, OwnedFd)> {
        let fd = sys::eventfd().unwrap();
        let opts = setup::RingOptions {
            entries: 4,
            cq_entries: 64,
            sqpoll_idle_ms: None,
            sqpoll_cpu: None,
        };
        match setup::setup(&opts) {
            Ok(obtained) => Some((UringDriver::new(obtained, fd.as_raw_fd()).0, fd)),
            Err(e) => {
                println!("skipped: io_uring is refused here ({e})");
                None
            }
        }
    }

    fn push_nop(d: &mut UringDriver, waker: &Waker) -> io::Result<u64> {
        // SAFETY: a no-op points at no memory.
        unsafe { d.submit(opcode::Nop::new().build(), waker, None) }
    }

    #[test]
    fn a_busy_kernel_gets_its_completions_reaped_before_the_retry() {
        let Some((mut d, _fd)) = driver() else { return };
        let (_count, waker) = percore_testkit::counting_waker();
        // Fill the queue, then one more: the full queue goes in and its no-ops complete, their
        // completions waiting in the CQ.
        let mut ops: Vec<u64> = (0..4).map(|_| push_nop(&mut d, &waker).unwrap()).collect();
        // Fill it again, then have the kernel say EBUSY once: the completions it holds must be
        // reaped (else a kernel holding them back would refuse for ever), then the retry goes
        // in.
        ops.extend(fill(&mut d, &waker));
        d.inject = Some(libc::EBUSY);
        ops.push(push_nop(&mut d, &waker).unwrap());
        assert!(!d.reaped.is_empty(), "EBUSY reaped the completion queue");
        let mut wake = Wakes::default();
        for _ in 0..10 {
            d.turn(Wait::Poll, &mut wake).unwrap();
            wake.clear();
        }
        for ud in ops {
            let (c, finished) = d.poll_op(ud, &waker).expect("every no-op completed");
            assert!(finished && c.res == 0);
            d.remove(ud);
        }
        assert_eq!(d.in_flight(), 0);
        d.begin_shutdown();
        let _ = d.turn(Wait::Poll, &mut wake);
    }

    /// The peer of a descriptor closed through `d`, and whether it saw the close: its read
    /// ends (0) at once if the descriptor was closed, times out if it is still open.
    fn closes(d: &mut UringDriver) -> (std::os::unix::net::UnixStream, bool) {
        use std::io::Read;
        use std::os::fd::IntoRawFd;
        let (ours, mut peer) = std::os::unix::net::UnixStream::pair().unwrap();
        // SAFETY: the descriptor was just taken out of its only owner, and no entry names it.
        unsafe { d.close_fd(ours.into_raw_fd()) };
        peer.set_read_timeout(Some(std::time::Duration::from_millis(200)))
            .unwrap();
        let closed = peer.read(&mut [0u8; 1]).ok() == Some(0);
        (peer, closed)
    }

    #[test]
    fn a_close_the_full_queue_cannot_take_is_made_at_once() {
        let Some((mut d, _fd)) = driver() else { return };
        let waker = Waker::noop().clone();
        fill(&mut d, &waker);
        d.inject = Some(libc::EBADF);
        // Nothing queued can name it (every entry's operation holds its descriptor): closed
        // now rather than queued behind entries the kernel may never take, or leaked.
        let (_peer, closed) = closes(&mut d);
        assert!(closed, "left open");
        let mut wake = Wakes::default();
        assert!(
            d.turn(Wait::Poll, &mut wake).is_err(),
            "the failure is told"
        );
    }

    #[test]
    fn a_close_goes_through_the_ring_and_at_once_in_the_teardown() {
        let Some((mut d, _fd)) = driver() else { return };
        // Queued with the tick: open until the ring takes it.
        let (peer, closed) = closes(&mut d);
        assert!(!closed, "closed without the ring");
        let mut wake = Wakes::default();
        d.turn(Wait::Poll, &mut wake).unwrap();
        peer.set_read_timeout(Some(std::time::Duration::from_secs(2)))
            .unwrap();
        assert_eq!(
            std::io::Read::read(&mut &peer, &mut [0u8; 1]).ok(),
            Some(0),
            "the ring's close"
        );
        // Torn down, the ring may not turn again: at once.
        d.begin_shutdown();
        let (_peer, closed) = closes(&mut d);
        assert!(closed, "left to a turn that may never come");
    }

    #[test]
    fn a_refused_submission_fails_its_operation_not_the_thread() {
        let Some((mut d, _fd)) = driver() else { return };
        let waker = Waker::noop().clone();
        fill(&mut d, &waker);
        let live = d.in_flight();
        d.inject = Some(libc::EBADF);
        let err = push_nop(&mut d, &waker).unwrap_err();
        assert_eq!(err.raw_os_error(), Some(libc::EBADF));
        // Its slot was given back, and the next turn reports the ring unusable (so that a
        // loop retrying the operation does not spin).
        assert_eq!(d.in_flight(), live);
        let mut wake = Wakes::default();
        assert!(d.turn(Wait::Poll, &mut wake).is_err());
        d.turn(Wait::Poll, &mut wake).unwrap();
        // An internal submission that fails the same way is reported by the next turn.
        fill(&mut d, &waker);
        d.inject = Some(libc::EBADF);
        d.cancel(0);
        let err = d.turn(Wait::Poll, &mut wake).unwrap_err();
        assert_eq!(err.raw_os_error(), Some(libc::EBADF));
    }
}
