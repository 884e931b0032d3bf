//! Waking a proactor from another thread.
//!
//! Each runtime id owns one eventfd. The ring keeps a read armed on it (the epoll backend watches
//! it), so a write from any thread ends the ring's wait. Two things travel that way:
//!
//! - [`RemoteWaker::wake`]: a `Send + Sync` handle whose local end, a [`WakeListener`], is
//!   awaited by a task on the proactor (a worker's mailbox, the offload pool's completions);
//! - task wakers woken on a foreign thread: their ids queue here and are scheduled on the
//!   runtime's own thread.
//!
//! Wakes coalesce: while one is pending, further wakes write nothing.
//!
//! A task waker carries only its runtime's id (see `executor::waker`). The id names a slot of a
//! process-wide table that is written once per id and never freed: a wake from another thread
//! reads it with one atomic load (a `OnceLock`) and touches nothing shared with any runtime but
//! the one it wakes. No lock is common to all runtimes on that path; the table's one lock is
//! taken only when a proactor is built or dropped.

use std::cell::Cell;
use std::future::Future;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::task::{Context, Poll, Waker};

use crate::executor::waker::TaskId;
use crate::runtime;
use crate::sys;

/// The thread-safe half of a runtime id: its eventfd and the queue of foreign task wakes.
///
/// Allocated the first time its id is taken and never freed, so that a waker or a
/// [`RemoteWaker`] that outlives its runtime still points at live memory and a live eventfd; the
/// next runtime that takes the id takes it over.
#[derive(Debug)]
pub(crate) struct RemoteShared {
    eventfd: OwnedFd,
    /// A wake is pending: the eventfd has been written and the runtime has not yet looked.
    signalled: AtomicBool,
    /// A runtime holds this id: foreign task wakes are queued (otherwise dropped).
    open: AtomicBool,
    /// Packed ids of tasks woken from other threads. Locked by the waking thread and by this
    /// runtime only.
    tasks: Mutex<Vec<u64>>,
}

impl RemoteShared {
    fn new() -> io::Result<RemoteShared> {
        Ok(RemoteShared {
            eventfd: sys::eventfd()?,
            signalled: AtomicBool::new(false),
            open: AtomicBool::new(false),
            tasks: Mutex::new(Vec::new()),
        })
    }

    /// The eventfd the backend watches.
    pub(crate) fn eventfd(&self) -> RawFd {
        self.eventfd.as_raw_fd()
    }

    /// Ends the runtime's wait unless a wake is already pending.
    pub(crate) fn signal(&self) {
        if !self.signalled.swap(true, Ordering::AcqRel) {
            // The eventfd lives as long as the process: a failed write can only be a counter
            // at its maximum, which is a wake already pending.
            let _ = sys::eventfd_write(self.eventfd.as_raw_fd());
        }
    }

    fn push_task(&self, id: TaskId) {
        if !self.open.load(Ordering::Acquire) {
            return;
        }
        self.tasks
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(id.pack());
        self.signal();
    }

    /// Called on the runtime's thread once the eventfd fired: clears the pending flag (before
    /// looking, so a wake that races with us writes the eventfd again) and takes the queued
    /// task ids.
    pub(crate) fn take(&self, into: &mut Vec<u64>) {
        // A swap, not a store: reading the flag a waker set makes what it wrote before
        // (a `RemoteWaker`'s own flag, read after this) visible here; a plain store could be
        // ordered after those reads, and a wake that found the flag set would be lost.
        self.signalled.swap(false, Ordering::AcqRel);
        let mut q = self.tasks.lock().unwrap_or_else(PoisonError::into_inner);
        into.append(&mut q);
    }

    /// Readies the slot for a new runtime: no wake pending, nothing queued.
    fn reopen(&self) {
        let mut counter = 0u64;
        // Drains the counter a previous runtime left (EAGAIN when there is none): read(2) of 8
        // bytes into a live u64 from our non-blocking eventfd.
        let _ = sys::syscall!(read(self.eventfd(), (&raw mut counter).cast(), 8));
        self.tasks
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        self.signalled.store(false, Ordering::SeqCst);
        self.open.store(true, Ordering::Release);
    }
}

/// Slots per chunk of the id table, and chunks: 65,536 ids in all, one per `u16`.
const CHUNK: usize = 256;

type Chunk = [OnceLock<&'static RemoteShared>; CHUNK];

/// The id table: chunks allocated on first use, slots set once, neither ever freed.
static TABLE: [OnceLock<&'static Chunk>; CHUNK] = [const { OnceLock::new() }; CHUNK];

/// Which ids are free. Locked only to build or drop a proactor, never to wake one.
static REGISTRY: Mutex<Ids> = Mutex::new(Ids {
    next: 0,
    free: Vec::new(),
});

#[derive(Debug)]
struct Ids {
    /// Ids below this have been handed out at least once.
    next: u32,
    /// Ids handed back and ready for reuse.
    free: Vec<u16>,
}

fn chunk(id: u16) -> Option<&'static Chunk> {
    TABLE[usize::from(id) / CHUNK].get().copied()
}

/// The slot of `id`, when one was ever allocated.
fn lookup(id: u16) -> Option<&'static RemoteShared> {
    chunk(id)?[usize::from(id) % CHUNK].get().copied()
}

/// Takes a runtime id and its slot (allocated on first use, emptied when reused).
pub(crate) fn register() -> io::Result<(u16, &'static RemoteShared)> {
    let mut ids = REGISTRY.lock().unwrap_or_else(PoisonError::into_inner);
    let id = match ids.free.pop() {
        Some(id) => id,
        None => {
            let id = u16::try_from(ids.next).map_err(|_| {
                io::Error::other("more than 65,536 percore proactors alive in one process")
            })?;
            ids.next += 1;
            id
        }
    };
    let shared = match lookup(id) {
        Some(shared) => shared,
        None => match RemoteShared::new() {
            Ok(fresh) => {
                let chunk = TABLE[usize::from(id) / CHUNK]
                    .get_or_init(|| Box::leak(Box::new([const { OnceLock::new() }; CHUNK])));
                let fresh: &'static RemoteShared = Box::leak(Box::new(fresh));
                // Set under the registry lock, once per id: nobody else can have set it.
                let _ = chunk[usize::from(id) % CHUNK].set(fresh);
                fresh
            }
            Err(e) => {
                ids.free.push(id);
                return Err(e);
            }
        },
    };
    shared.reopen();
    Ok((id, shared))
}

/// Gives a runtime's id back: wakes for it are dropped from now on. With `reusable` false (a
/// read of the eventfd may still be armed in the old ring, which would take a new runtime's
/// wakes) the id is retired for the life of the process instead.
pub(crate) fn unregister(id: u16, reusable: bool) {
    let mut ids = REGISTRY.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(shared) = lookup(id) {
        shared.open.store(false, Ordering::Release);
    }
    if reusable {
        ids.free.push(id);
    }
}

/// Queues a wake for a task whose runtime is not running on this thread: one atomic load to
/// find the runtime, then its own queue and eventfd.
pub(crate) fn wake_foreign(id: TaskId) {
    if let Some(shared) = lookup(id.runtime) {
        shared.push_task(id);
    }
}

/// The `Send + Sync` half of a wake channel: wakes a [`WakeListener`] on its proactor from any
/// thread.
///
/// # Examples
///
/// ```no_run
/// use percore_proactor::{Proactor, remote_waker};
///
/// let proactor = Proactor::builder().build()?;
/// proactor.block_on(async {
///     let (waker, listener) = remote_waker();
///     std::thread::spawn(move || waker.wake());
///     listener.notified().await;
/// });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct RemoteWaker {
    shared: &'static RemoteShared,
    flag: Arc<AtomicBool>,
}

impl RemoteWaker {
    /// Wakes the listener. Cheap when a wake is already pending; never blocks. Waking after the
    /// proactor is gone reaches no listener (at most a spurious wake of a later proactor that
    /// took over the same id, which every task tolerates).
    pub fn wake(&self) {
        self.flag.store(true, Ordering::Release);
        self.shared.signal();
    }
}

/// The local half of a wake channel, on the proactor's thread.
///
/// One waiter at a time: a task awaiting [`WakeListener::notified`] while another task already
/// does takes its place, and the first is not woken by the next wake. Give each waiting task
/// its own channel.
#[derive(Debug)]
pub struct WakeListener {
    chan: Rc<LocalChannel>,
}

pub(crate) struct LocalChannel {
    flag: Arc<AtomicBool>,
    waker: Cell<Option<Waker>>,
}

impl std::fmt::Debug for LocalChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalChannel")
            .field("pending", &self.flag.load(Ordering::Relaxed))
            .finish()
    }
}

/// The local ends of a runtime's wake channels.
#[derive(Debug, Default)]
pub(crate) struct LocalChannels {
    list: Vec<Weak<LocalChannel>>,
}

impl LocalChannels {
    /// Wakes every listener whose flag is set; forgets dropped ones.
    pub(crate) fn fire(&mut self, wake: &mut crate::executor::wakes::Wakes) {
        self.list.retain(|weak| {
            let Some(chan) = weak.upgrade() else {
                return false;
            };
            if chan.flag.load(Ordering::Acquire)
                && let Some(w) = chan.waker.take()
            {
                wake.push(w);
            }
            true
        });
    }
}

/// Creates a wake channel on the current proactor.
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
pub fn remote_waker() -> (RemoteWaker, WakeListener) {
    let rt = runtime::current();
    let flag = Arc::new(AtomicBool::new(false));
    let chan = Rc::new(LocalChannel {
        flag: flag.clone(),
        waker: Cell::new(None),
    });
    {
        let mut channels = rt.channels.borrow_mut();
        // Listeners dropped since are forgotten before the list would grow (else only a remote
        // wake would prune it): it grows only when every listener in it is alive.
        if channels.list.len() == channels.list.capacity() {
            channels.list.retain(|c| c.strong_count() > 0);
        }
        channels.list.push(Rc::downgrade(&chan));
    }
    (
        RemoteWaker {
            shared: rt.remote,
            flag,
        },
        WakeListener { chan },
    )
}

impl WakeListener {
    /// Waits for the next wake. Wakes that arrive while nobody waits are not lost: the next
    /// call returns at once. Several wakes before a call count as one.
    pub fn notified(&self) -> Notified<'_> {
        Notified { listener: self }
    }

    /// Takes a pending wake without waiting; true if there was one.
    pub fn try_take(&self) -> bool {
        self.chan.flag.swap(false, Ordering::AcqRel)
    }
}

/// Future returned by [`WakeListener::notified`].
#[derive(Debug)]
#[must_use = "futures do nothing unless awaited"]
pub struct Notified<'a> {
    listener: &'a WakeListener,
}

impl Future for Notified<'_> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.listener.try_take() {
            return Poll::Ready(());
        }
        self.listener.chan.waker.set(Some(cx.waker().clone()));
        // A wake may have landed between the check and storing the waker.
        if self.listener.try_take() {
            return Poll::Ready(());
        }
        Poll::Pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn a_foreign_wake_takes_no_process_wide_lock() {
        let (id, shared) = register().unwrap();
        let task = TaskId {
            runtime: id,
            index: 7,
            generation: 3,
        };
        let waker = std::thread::spawn(move || {
            // The table's lock is held by the test thread meanwhile: a wake that took it would
            // wait for it.
            wake_foreign(task);
        });
        {
            let _held = REGISTRY.lock().unwrap_or_else(PoisonError::into_inner);
            let until = Instant::now() + Duration::from_secs(10);
            while !waker.is_finished() {
                assert!(
                    Instant::now() < until,
                    "a foreign wake waited for the process-wide registry lock"
                );
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        waker.join().unwrap();
        let mut got = Vec::new();
        shared.take(&mut got);
        assert_eq!(got, vec![task.pack()]);
        unregister(id, true);
    }

    #[test]
    fn a_reused_id_starts_empty_and_a_closed_one_drops_wakes() {
        let (id, shared) = register().unwrap();
        let task = TaskId {
            runtime: id,
            index: 1,
            generation: 1,
        };
        // Retired, not handed back: no other test's runtime can take this slot meanwhile.
        unregister(id, false);
        // A waker that outlived its runtime: nothing is queued.
        wake_foreign(task);
        let mut got = Vec::new();
        shared.take(&mut got);
        assert!(got.is_empty());
        // A stale wake queued while the id was taken is gone once the slot is reopened for
        // the next runtime.
        shared.open.store(true, Ordering::Release);
        wake_foreign(task);
        shared.reopen();
        shared.take(&mut got);
        assert!(got.is_empty(), "a reused slot starts with no queued wakes");
        shared.open.store(false, Ordering::Release);
    }

    #[test]
    fn channels_made_and_dropped_without_a_wake_are_forgotten() {
        let proactor = crate::Proactor::builder().build().unwrap();
        proactor.block_on(async {
            let kept = remote_waker();
            for _ in 0..1000 {
                drop(remote_waker());
            }
            let listed = runtime::current().channels.borrow().list.len();
            assert!(listed <= 4, "{listed} channels listed, 1 alive");
            // The live one is still woken.
            kept.0.wake();
            kept.1.notified().await;
        });
    }
}
