//! The per-thread runtime state a [`crate::Proactor`] owns, and the thread-local context that
//! operations, `spawn` and timers find it through.

use std::cell::{Cell, RefCell};
use std::io;
use std::rc::Rc;
use std::task::Waker;

use crate::backend::Driver;
use crate::backend::epoll::Parked;
use crate::executor::task::TaskSet;
use crate::executor::waker::{ROOT_INDEX, TaskId};
use crate::executor::wakes::Wakes;
use crate::features::Features;
use crate::ops::table::Orphan;
use crate::remote::{LocalChannels, RemoteShared};
use crate::sys::AnonMap;
use crate::time::Timers;

/// Operations a task may complete within one poll on epoll before it is made to yield.
pub(crate) const COOP_BUDGET: u32 = 128;

/// Counters kept by the executor side (the driver keeps its own).
#[derive(Debug, Default)]
pub(crate) struct ExecCounters {
    pub(crate) ticks: Cell<u64>,
    pub(crate) polls: Cell<u64>,
    pub(crate) buf_ring_exhausted: Cell<u64>,
}

impl ExecCounters {
    pub(crate) fn bump(cell: &Cell<u64>) {
        cell.set(cell.get().wrapping_add(1));
    }
}

/// Everything one proactor thread owns.
///
/// Borrow discipline: each `RefCell` here is borrowed for bookkeeping only. No borrow is held
/// while a future is polled or dropped, nor across `Waker::wake`: wakers are collected into
/// `wake_list` and woken once the borrow is released.
pub(crate) struct Runtime {
    /// Registry id that this runtime's wakers carry. Set at construction, never changed.
    pub(crate) id: u16,
    /// Whether the backend is epoll. Set at construction, never changed: operations branch on
    /// it without borrowing the driver.
    pub(crate) is_epoll: bool,
    /// The backend: ring (or epoll), in-flight operations. Borrowed by operations to submit,
    /// poll and orphan, and by the loop for the tick's single kernel entry.
    pub(crate) driver: RefCell<Driver>,
    /// Spawned tasks and the run queue. Borrowed by spawn, wake, and the loop's pop and
    /// remove (a task's future is polled where it lies in the set, the set not borrowed).
    pub(crate) tasks: RefCell<TaskSet>,
    /// A task's future is being polled in place: the task set must not be drained meanwhile
    /// (debug builds set it, and the proactor's drop checks it).
    pub(crate) polling: Cell<bool>,
    /// The `block_on` future has been woken. Written by wakes, read by the loop.
    pub(crate) root_woken: Cell<bool>,
    /// Every task is to be scheduled as the next round starts (`wake_every_task` met a busy
    /// task set).
    pub(crate) wake_every_task: Cell<bool>,
    /// Sleeps and deadlines; the nearest one bounds the tick's wait.
    pub(crate) timers: RefCell<Timers>,
    /// The `Send + Sync` side: eventfd, cross-thread task wakes. Shared with `RemoteWaker`s
    /// and task wakers on other threads; it outlives the runtime.
    pub(crate) remote: &'static RemoteShared,
    /// Local ends of `RemoteWaker` pairs, checked when the eventfd fires.
    pub(crate) channels: RefCell<LocalChannels>,
    /// Executor counters.
    pub(crate) counters: ExecCounters,
    /// Tasks polled per tick before the loop enters the kernel again.
    pub(crate) budget: usize,
    /// epoll: operations a task may still complete without yielding in its current poll.
    /// Reset before each poll; an operation that finds it at zero yields once, so that a task
    /// whose I/O is always ready cannot starve the others (on io_uring every operation yields).
    pub(crate) coop: Cell<u32>,
    /// What the backend obtained at set-up.
    pub(crate) features: Features,
    /// Wakes collected while a borrow was held; drained by the loop.
    pub(crate) wake_list: RefCell<Wakes>,
    /// Pipes reused by `splice_from` (file -> pipe -> socket).
    pub(crate) pipes: RefCell<Vec<crate::net::splice::PipePair>>,
    /// Buffer group ids of this runtime's buffer rings.
    pub(crate) buf_groups: RefCell<BufGroups>,
    /// What an owner dropped while the driver was borrowed could not hand to it; the loop
    /// hands it over right after the tick's kernel entry.
    pub(crate) deferred: RefCell<Deferred>,
    /// Called once per tick (counters publishing).
    pub(crate) on_tick: Option<std::rc::Rc<RefCell<dyn FnMut()>>>,
    /// The clock as first read this tick (`time::now`); cleared when a tick begins.
    pub(crate) now: Cell<Option<std::time::Instant>>,
}

impl Runtime {
    /// epoll: whether the polled task may complete another operation in this poll; when it
    /// has used its budget up, it is woken to run again after the others, and `false` is
    /// returned. Only completions spend the budget ([`Runtime::coop_spend`]): a task that
    /// polls many operations that are not ready is not made to spin.
    #[inline]
    pub(crate) fn coop_allows(&self, cx: &std::task::Context<'_>) -> bool {
        if self.coop.get() == 0 {
            cx.waker().wake_by_ref();
            return false;
        }
        true
    }

    /// epoll: an operation completed in the polled task's poll (see [`Runtime::coop_allows`]).
    #[inline]
    pub(crate) fn coop_spend(&self) {
        self.coop.set(self.coop.get().saturating_sub(1));
    }

    /// The clock as this tick first read it, reading it now if nothing has this tick.
    pub(crate) fn tick_now(&self) -> std::time::Instant {
        match self.now.get() {
            Some(now) => now,
            None => {
                let now = std::time::Instant::now();
                self.now.set(Some(now));
                now
            }
        }
    }
}

/// Allocation of buffer group ids: the kernel names a group with 16 bits, so a proactor has
/// at most 65,536 buffer rings alive at once.
#[derive(Debug, Default)]
pub(crate) struct BufGroups {
    /// The lowest id never handed out (65,536 once all have been).
    next: u32,
    /// Ids given back, handed out again first.
    free: Vec<u16>,
}

impl BufGroups {
    /// An id no live buffer ring of the runtime has, or an error when all are taken.
    fn alloc(&mut self) -> io::Result<u16> {
        if let Some(id) = self.free.pop() {
            return Ok(id);
        }
        let id = u16::try_from(self.next).map_err(|_| {
            io::Error::other(
                "all 65,536 buffer group ids are taken by this proactor's live buffer rings",
            )
        })?;
        self.next += 1;
        Ok(id)
    }

    /// Takes back an id whose ring is unregistered (or was never registered).
    fn free(&mut self, id: u16) {
        self.free.push(id);
    }
}

/// Work an owner could not do because it was dropped while the driver was borrowed. Little
/// user code runs under that borrow (an orphan's data is dropped after it is released), but a
/// waker's clone or drop does, and whatever it owns may go with it. Nothing here is lost:
/// the loop hands each item to the driver at the end of the tick, and teardown does the same;
/// what is still here when the runtime goes (its teardown cut short) is leaked, never freed,
/// as the kernel may still use it.
#[derive(Default)]
pub(crate) struct Deferred {
    /// io_uring: operations whose owner was dropped, with what must outlive their completion.
    pub(crate) orphans: Vec<(u64, Box<dyn Orphan>)>,
    /// epoll: parked operations whose owner was dropped.
    pub(crate) unparks: Vec<Parked>,
    /// io_uring: buffer rings to unregister; the mapping of entries the kernel was given stays
    /// until then, and the group id goes back to the free list only after.
    pub(crate) buf_rings: Vec<(u16, AnonMap)>,
}

/// One item of [`Deferred`], being handed over.
enum Work {
    Orphan((u64, Box<dyn Orphan>)),
    Unpark(Parked),
    BufRing((u16, AnonMap)),
}

impl Drop for Deferred {
    fn drop(&mut self) {
        // Whatever is still here when the runtime goes was never handed over: the kernel may
        // still use the orphans' data and the buffer rings' entries (their operations'
        // completions never came to this runtime). Leaked, never freed.
        std::mem::forget(std::mem::take(&mut self.orphans));
        std::mem::forget(std::mem::take(&mut self.buf_rings));
    }
}

impl Deferred {
    fn is_empty(&self) -> bool {
        self.orphans.is_empty() && self.unparks.is_empty() && self.buf_rings.is_empty()
    }
}

impl std::fmt::Debug for Deferred {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Deferred")
            .field("orphans", &self.orphans.len())
            .field("unparks", &self.unparks.len())
            .field("buf_rings", &self.buf_rings.len())
            .finish()
    }
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime")
            .field("id", &self.id)
            .field("features", &self.features)
            .finish_non_exhaustive()
    }
}

thread_local! {
    /// The runtime of the innermost [`EnterGuard`] alive on this thread, as the pointer its
    /// `Rc::into_raw` gave (null: none). Read on every operation's creation, so a plain cell
    /// with a constant initialiser and no destructor: one thread-local load, no lazy
    /// initialisation check, no borrow flag.
    static CURRENT: Cell<*const Runtime> = const { Cell::new(std::ptr::null()) };
}

/// The runtime running on this thread.
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
#[inline]
pub(crate) fn current() -> Rc<Runtime> {
    match try_current() {
        Some(rt) => rt,
        None => not_running(),
    }
}

#[cold]
#[inline(never)]
fn not_running() -> ! {
    panic!("no percore proactor is running on this thread: call this inside Proactor::block_on")
}

/// The runtime running on this thread, if any.
#[inline]
pub(crate) fn try_current() -> Option<Rc<Runtime>> {
    let ptr = CURRENT.with(Cell::get);
    if ptr.is_null() {
        return None;
    }
    // SAFETY: a non-null `CURRENT` came from `Rc::into_raw` in `enter` or
    // `enter_for_teardown`, and the guard made there holds that strong count until it puts
    // the previous value back; guards are only ever scoped locals of the functions that make
    // them, so they are dropped innermost first and the pointer set is always the live
    // guard's. The count taken here is the new `Rc`'s own.
    unsafe {
        Rc::increment_strong_count(ptr);
        Some(Rc::from_raw(ptr))
    }
}

/// `f` of the runtime running on this thread, if any, without taking a reference count (for
/// per-request reads such as the tick's clock).
#[inline]
pub(crate) fn with_current<R>(f: impl FnOnce(&Runtime) -> R) -> Option<R> {
    let ptr = CURRENT.with(Cell::get);
    if ptr.is_null() {
        return None;
    }
    // SAFETY: as in `try_current`, the pointer is the live guard's, whose strong count keeps
    // the runtime alive for longer than this call.
    Some(f(unsafe { &*ptr }))
}

/// Makes a runtime the current one until the guard drops, then puts the previous one back.
/// Only ever a scoped local (see `try_current`'s safety argument).
pub(crate) struct EnterGuard {
    /// The entered runtime, from `Rc::into_raw`: its strong count, given back on drop.
    current: *const Runtime,
    previous: *const Runtime,
}

pub(crate) fn enter(rt: Rc<Runtime>) -> EnterGuard {
    if !CURRENT.with(Cell::get).is_null() {
        panic!("a percore proactor is already running on this thread (nested block_on)");
    }
    enter_for_teardown(rt)
}

/// Makes `rt` current while it is torn down, even inside another runtime's `block_on`; the
/// previous runtime is restored after.
pub(crate) fn enter_for_teardown(rt: Rc<Runtime>) -> EnterGuard {
    let current = Rc::into_raw(rt);
    let previous = CURRENT.with(|c| c.replace(current));
    EnterGuard { current, previous }
}

impl Drop for EnterGuard {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.previous));
        // SAFETY: `current` came from `Rc::into_raw` in `enter_for_teardown`, and this is the
        // one place that count is given back; `CURRENT` no longer names it.
        drop(unsafe { Rc::from_raw(self.current) });
    }
}

/// Wakes a task by id: a run-queue push on its own thread, the registry path elsewhere.
pub(crate) fn wake_task(id: TaskId) {
    let local = with_current(|rt| rt.id == id.runtime && rt.schedule_local(id)).unwrap_or(false);
    if !local {
        crate::remote::wake_foreign(id);
    }
}

impl Runtime {
    /// Schedules one of this runtime's tasks from its own thread. Returns false when the task
    /// set is busy (a wake from inside its bookkeeping), so the caller takes the queued path.
    pub(crate) fn schedule_local(&self, id: TaskId) -> bool {
        if id.index == ROOT_INDEX {
            self.root_woken.set(true);
            return true;
        }
        match self.tasks.try_borrow_mut() {
            Ok(mut tasks) => {
                tasks.schedule(id.index, id.generation);
                true
            }
            Err(_) => false,
        }
    }

    /// Marks a task aborted; the loop drops it on its next turn.
    pub(crate) fn abort_task(&self, id: TaskId) {
        self.tasks.borrow_mut().abort(id.index, id.generation);
    }

    /// Wakes every waker collected while a borrow was held.
    #[inline]
    pub(crate) fn flush_wakes(&self) {
        // Checked first, inline: most calls find nothing (and taking the list would drop its
        // allocation).
        if !self.wake_list.borrow().is_empty() {
            self.flush_wakes_now();
        }
    }

    #[inline(never)]
    fn flush_wakes_now(&self) {
        while !self.wake_list.borrow().is_empty() {
            let mut batch = std::mem::take(&mut *self.wake_list.borrow_mut());
            self.wake_all(&mut batch);
        }
    }

    /// Wakes everything in `wakes`, leaving it empty: this runtime's tasks are scheduled under
    /// one borrow of the task set, others' through their runtime, other wakers woken once
    /// that borrow is released.
    pub(crate) fn wake_all(&self, wakes: &mut Wakes) {
        if !wakes.tasks.is_empty() {
            match self.tasks.try_borrow_mut() {
                Ok(mut tasks) => {
                    for &word in &wakes.tasks {
                        let id = TaskId::unpack(word);
                        if id.runtime == self.id && id.index != ROOT_INDEX {
                            tasks.schedule(id.index, id.generation);
                        } else {
                            self.wake_root_or_foreign(id);
                        }
                    }
                }
                // Busy (a wake from inside the task set's bookkeeping): the queued path keeps
                // every wake.
                Err(_) => {
                    for &word in &wakes.tasks {
                        crate::runtime::wake_task(TaskId::unpack(word));
                    }
                }
            }
            wakes.tasks.clear();
        }
        for w in wakes.others.drain(..) {
            w.wake();
        }
    }

    /// Drops the data of finished orphans that the driver's passes released, one at a time
    /// (if one's drop panics, the rest stay for the next call: the next turn, or the
    /// teardown), then wakes whom those drops woke.
    #[inline]
    pub(crate) fn drop_released(&self) {
        if self.driver.borrow().has_released() {
            self.drop_released_now();
        }
    }

    #[cold]
    #[inline(never)]
    fn drop_released_now(&self) {
        loop {
            let next = self.driver.borrow_mut().pop_released();
            match next {
                Some(data) => drop(data),
                None => break,
            }
        }
        self.flush_wakes();
    }

    /// The rare wakes of `wake_all`: the `block_on` future's, or a task of another runtime.
    /// Out of line, so that the loop over the common ones keeps its values in registers.
    #[cold]
    #[inline(never)]
    fn wake_root_or_foreign(&self, id: TaskId) {
        if id.runtime != self.id {
            crate::remote::wake_foreign(id);
        } else {
            self.root_woken.set(true);
        }
    }

    /// A buffer group id not used by another live buffer ring of this runtime.
    pub(crate) fn alloc_buf_group(&self) -> io::Result<u16> {
        self.buf_groups.borrow_mut().alloc()
    }

    /// Returns a buffer group id once its ring is unregistered.
    pub(crate) fn free_buf_group(&self, id: u16) {
        self.buf_groups.borrow_mut().free(id);
    }

    /// Hands an orphaned operation to the driver, now if the driver is free, else at the end
    /// of the tick (its slot keeps any completion that arrives meanwhile).
    pub(crate) fn orphan_op(&self, user_data: u64, orphan: Box<dyn Orphan>) {
        match self.driver.try_borrow_mut() {
            Ok(mut driver) => {
                let finished = driver.uring().orphan(user_data, orphan);
                drop(driver);
                // The data's drop (user code, which may drop operations of its own) runs
                // with the driver free.
                drop(finished);
            }
            Err(_) => self.deferred.borrow_mut().orphans.push((user_data, orphan)),
        }
    }

    /// epoll: withdraws a parked operation, now if the driver is free, else at the end of
    /// the tick (a wake for it meanwhile is a spurious one, which every task tolerates).
    pub(crate) fn unpark(&self, parked: Parked) {
        match self.driver.try_borrow_mut() {
            Ok(mut driver) => driver.epoll().unpark(&parked),
            Err(_) => self.deferred.borrow_mut().unparks.push(parked),
        }
    }

    /// Does what owners dropped during the driver's bookkeeping left undone. Handing an
    /// orphan over can drop more data (a completion already there frees it at once), which
    /// can defer more: repeated until nothing is left.
    ///
    /// One item at a time, taken out of the list only as it is handed over: if handing one
    /// over unwinds (a buffer whose drop panics), the rest stay deferred, still guarding what
    /// the kernel may use, for the next call or for the teardown to leak.
    pub(crate) fn run_deferred(&self) {
        loop {
            let next = {
                let mut deferred = self.deferred.borrow_mut();
                if let Some(orphan) = deferred.orphans.pop() {
                    Work::Orphan(orphan)
                } else if let Some(parked) = deferred.unparks.pop() {
                    Work::Unpark(parked)
                } else if let Some(ring) = deferred.buf_rings.pop() {
                    Work::BufRing(ring)
                } else {
                    return;
                }
            };
            match next {
                Work::Orphan((user_data, orphan)) => self.orphan_op(user_data, orphan),
                Work::Unpark(parked) => self.unpark(parked),
                Work::BufRing((group, map)) => self.unregister_buf_ring(group, map),
            }
        }
    }

    /// Unregisters a buffer ring whose last reference is gone, then frees its entries'
    /// mapping and its group id. Deferred when the driver is borrowed. Its buffers' memory
    /// is gone already (freed with the ring), while the kernel's entries still point into it:
    /// sound because no operation can select from the group any more (every operation, lease
    /// and orphan of the group holds the ring's `Rc`, and this runs after the last is gone).
    pub(crate) fn unregister_buf_ring(&self, group: u16, ring: AnonMap) {
        let Ok(mut driver) = self.driver.try_borrow_mut() else {
            self.deferred.borrow_mut().buf_rings.push((group, ring));
            return;
        };
        match driver.uring().unregister_buf_ring(group) {
            Ok(()) => {
                drop(driver);
                drop(ring);
                self.free_buf_group(group);
            }
            Err(e) => {
                // The kernel keeps the group: its id is never handed out again, and the
                // entries it reads stay mapped.
                tracing::warn!(group, "buffer ring could not be unregistered: {e}");
                std::mem::forget(ring);
            }
        }
    }

    /// Whether deferred work is waiting (teardown hands it over before the ring closes).
    pub(crate) fn has_deferred(&self) -> bool {
        !self.deferred.borrow().is_empty()
    }

    /// Defers a wake until the current borrow is released.
    pub(crate) fn defer_wake(&self, waker: Waker) {
        self.wake_list.borrow_mut().push(waker);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffer_group_ids_run_out_with_an_error_and_come_back_when_given_back() {
        let mut groups = BufGroups {
            next: u32::from(u16::MAX),
            free: Vec::new(),
        };
        assert_eq!(groups.alloc().unwrap(), u16::MAX);
        // Every id is taken: the next would have wrapped to 0, a group still registered.
        let e = groups.alloc().expect_err("no id left");
        assert!(e.to_string().contains("65,536"), "{e}");
        groups.free(7);
        assert_eq!(groups.alloc().unwrap(), 7);
        assert!(groups.alloc().is_err());
    }

    /// A connected pair of TCP streams on loopback: (client, server).
    async fn connected() -> (crate::net::TcpStream, crate::net::TcpStream) {
        let listener = crate::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let client = crate::net::TcpStream::connect(listener.local_addr().unwrap())
            .await
            .unwrap();
        let (server, _) = listener.accept().await.unwrap();
        (client, server)
    }

    /// A receive on `stream`, polled once (nothing has come): queued or in flight.
    async fn polled_receive(
        stream: &crate::net::TcpStream,
    ) -> std::pin::Pin<Box<impl std::future::Future + '_>> {
        let mut recv = Box::pin(stream.recv(vec![0u8; 64]));
        std::future::poll_fn(|cx| {
            assert!(recv.as_mut().poll(cx).is_pending());
            std::task::Poll::Ready(())
        })
        .await;
        recv
    }

    /// A receive whose entry is still queued when the queue refuses its cancel and its socket
    /// is dropped: its orphan holds the socket, so the socket is not closed (as a close the
    /// queue refuses is, at once) while the entry naming it may still reach the kernel.
    #[test]
    fn a_queued_receive_keeps_its_socket_open_when_the_queue_refuses_what_follows() {
        use std::os::fd::AsRawFd;
        let on_epoll = crate::Proactor::builder()
            .build()
            .unwrap()
            .block_on(async { current().is_epoll });
        if on_epoll {
            return;
        }
        let open = Rc::new(std::cell::Cell::new(None));
        let seen = open.clone();
        // A ring that refuses a submission is broken: the proactor says so at its next turn
        // (it panics, by contract), after the look below.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::Proactor::builder()
                .build()
                .unwrap()
                .block_on(async move {
                    let rt = current();
                    let (_client, server) = connected().await;
                    let number = server.as_raw_fd();
                    // Queued: the tick hands it to the kernel, and no tick ran since.
                    let recv = polled_receive(&server).await;
                    rt.driver
                        .borrow_mut()
                        .uring()
                        .refuse_next_submission(libc::EBADF);
                    drop(recv);
                    // Refused again: a close pushed now would be made at once.
                    rt.driver
                        .borrow_mut()
                        .uring()
                        .refuse_next_submission(libc::EBADF);
                    drop(server);
                    // SAFETY: F_GETFD reads the descriptor's flags; any number may be asked.
                    seen.set(Some(unsafe { libc::fcntl(number, libc::F_GETFD) } != -1));
                });
        }));
        assert_eq!(
            open.get(),
            Some(true),
            "closed while its queued receive names it (None: the set-up failed)"
        );
    }

    /// The last owner of a socket dropped while the driver is borrowed (a waker's drop inside
    /// the driver's bookkeeping, say) cannot queue its close: the socket is closed at once,
    /// on either backend, where otherwise io_uring closes it with the next turn.
    #[test]
    fn a_socket_whose_last_owner_goes_while_the_driver_is_borrowed_is_closed_at_once() {
        use std::os::fd::AsRawFd;
        // SAFETY: F_GETFD reads the descriptor's flags; any number may be asked.
        let is_open = |fd: i32| unsafe { libc::fcntl(fd, libc::F_GETFD) } != -1;
        crate::Proactor::builder().build().unwrap().block_on(async {
            let rt = current();
            let (_client, server) = connected().await;
            let number = server.as_raw_fd();
            {
                let _busy = rt.driver.borrow_mut();
                drop(server);
            }
            assert!(!is_open(number), "left open, or queued, under the borrow");
            // Unborrowed, io_uring queues the close for the tick.
            let (_client, server) = connected().await;
            let number = server.as_raw_fd();
            drop(server);
            assert_eq!(is_open(number), !rt.is_epoll);
        });
    }

    #[test]
    fn what_is_dropped_while_the_driver_is_borrowed_is_handed_over_after() {
        crate::Proactor::builder().build().unwrap().block_on(async {
            let rt = current();
            let (client, server) = connected().await;
            let ring = crate::BufRing::builder()
                .entries(4)
                .buf_size(64)
                .build()
                .unwrap();
            let group = ring.group();
            // A receive in flight (io_uring) or parked (epoll).
            let recv = polled_receive(&server).await;
            let base = crate::stats().in_flight;
            {
                // As a waker dropped inside the driver's bookkeeping would drop what it owns.
                let _busy = rt.driver.borrow_mut();
                drop(recv);
                drop(ring);
            }
            assert!(
                rt.has_deferred(),
                "handed over while the driver was borrowed"
            );
            rt.run_deferred();
            assert!(!rt.has_deferred());
            // The receive's cancel went out (io_uring) and its slot ends; the group id is
            // free again (unregistered first on io_uring): the next ring takes it.
            let until = std::time::Instant::now() + std::time::Duration::from_secs(5);
            while crate::stats().in_flight >= base && !rt.is_epoll {
                assert!(std::time::Instant::now() < until, "{:?}", crate::stats());
                crate::time::sleep(std::time::Duration::from_millis(1)).await;
            }
            let again = crate::BufRing::builder()
                .entries(4)
                .buf_size(64)
                .build()
                .unwrap();
            assert_eq!(again.group(), group);
            let (res, _) = client.send(b"after".to_vec()).await;
            res.unwrap();
            let got = server.recv_ring(&again).await.unwrap().expect("data");
            assert_eq!(&got[..], b"after");
        });
    }
}
