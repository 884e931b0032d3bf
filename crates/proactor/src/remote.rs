//! Waking a proactor from another thread.
//!
//! Each runtime owns one eventfd. The ring keeps a read armed on it (the epoll backend watches
//! it), so a write from any thread ends the ring's wait. Two things travel that way:
//!
//! - [`RemoteWaker::wake`]: a `Send + Sync` handle whose local end, a [`WakeListener`], is
//!   awaited by a task on the proactor (a worker's mailbox, the offload pool's completions);
//! - task wakers woken on a foreign thread: their ids queue here and are scheduled on the
//!   runtime's own thread.
//!
//! Wakes coalesce: while one is pending, further wakes write nothing.

use std::cell::Cell;
use std::future::Future;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Waker};

use crate::executor::waker::TaskId;
use crate::runtime;
use crate::sys;

/// The thread-safe half of a runtime: its eventfd and the queue of foreign task wakes.
#[derive(Debug)]
pub(crate) struct RemoteShared {
    eventfd: OwnedFd,
    /// A wake is pending: the eventfd has been written and the runtime has not yet looked.
    signalled: AtomicBool,
    /// Packed ids of tasks woken from other threads.
    tasks: Mutex<Vec<u64>>,
}

impl RemoteShared {
    pub(crate) fn new() -> io::Result<Arc<RemoteShared>> {
        Ok(Arc::new(RemoteShared {
            eventfd: sys::eventfd()?,
            signalled: AtomicBool::new(false),
            tasks: Mutex::new(Vec::new()),
        }))
    }

    /// The eventfd the backend watches.
    pub(crate) fn eventfd(&self) -> RawFd {
        self.eventfd.as_raw_fd()
    }

    /// Ends the runtime's wait unless a wake is already pending.
    pub(crate) fn signal(&self) {
        if !self.signalled.swap(true, Ordering::AcqRel) {
            // A failed write can only mean the fd is gone with its runtime: nothing to wake.
            let _ = sys::eventfd_write(self.eventfd.as_raw_fd());
        }
    }

    fn push_task(&self, id: TaskId) {
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
        self.signalled.store(false, Ordering::SeqCst);
        let mut q = self.tasks.lock().unwrap_or_else(PoisonError::into_inner);
        into.append(&mut q);
    }
}

/// Runtimes by id, for wakers woken away from their runtime's thread.
static SHARED: Mutex<Vec<Option<Arc<RemoteShared>>>> = Mutex::new(Vec::new());

/// Registers a runtime's shared half and returns the id its wakers will carry.
pub(crate) fn register(shared: &Arc<RemoteShared>) -> io::Result<u16> {
    let mut table = SHARED.lock().unwrap_or_else(PoisonError::into_inner);
    let free = table.iter().position(Option::is_none);
    let id = match free {
        Some(i) => i,
        None if table.len() <= usize::from(u16::MAX) => {
            table.push(None);
            table.len() - 1
        }
        None => {
            return Err(io::Error::other(
                "more than 65,536 percore proactors alive in one process",
            ));
        }
    };
    table[id] = Some(shared.clone());
    Ok(id as u16)
}

/// Forgets a runtime: wakes for its id are dropped from now on.
pub(crate) fn unregister(id: u16) {
    let mut table = SHARED.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(slot) = table.get_mut(usize::from(id)) {
        *slot = None;
    }
}

/// Queues a wake for a task whose runtime is not running on this thread.
pub(crate) fn wake_foreign(id: TaskId) {
    let shared = {
        let table = SHARED.lock().unwrap_or_else(PoisonError::into_inner);
        table.get(usize::from(id.runtime)).cloned().flatten()
    };
    if let Some(shared) = shared {
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
    shared: Arc<RemoteShared>,
    flag: Arc<AtomicBool>,
}

impl RemoteWaker {
    /// Wakes the listener. Cheap when a wake is already pending; never blocks. Waking after the
    /// proactor is gone does nothing.
    pub fn wake(&self) {
        self.flag.store(true, Ordering::Release);
        self.shared.signal();
    }
}

/// The local half of a wake channel, on the proactor's thread.
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
    pub(crate) fn fire(&mut self, wake: &mut Vec<Waker>) {
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
    rt.channels.borrow_mut().list.push(Rc::downgrade(&chan));
    (
        RemoteWaker {
            shared: rt.remote.clone(),
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
