//! Provided-buffer rings (`IORING_REGISTER_PBUF_RING`, 5.19).
//!
//! A [`BufRing`] is a group of equal-sized buffers lent to the kernel. A receive names the
//! group instead of a buffer; the kernel picks one when data arrives and the completion says
//! which. So an idle connection holds no receive buffer: memory follows traffic, not
//! connection count. The received bytes come out as a [`RingBuf`] lease, which goes back to the
//! ring when dropped.
//!
//! Ownership rule: a buffer is the kernel's from the moment it is added to the ring until a
//! completion names it; `RingBuf` is the only way to reach it, and gives it back on drop.
//!
//! The kernel takes buffers from its ring in order, so a ring holding every free buffer would
//! hand out each one only after all the others: every receive would write into memory that
//! left the CPU's caches long ago. Measured with 16 KiB echoes on 50 connections (AMD EPYC),
//! copying into the ring's buffers took 17% of the server's CPU with all 4,096 buffers in the
//! ring, against 7% for tokio's one buffer per connection. So only as many buffers as the
//! receives of a tick take are in the kernel's ring (64 to start with, doubled whenever a
//! receive finds it empty while spare buffers wait); the others wait in a stack, the most
//! recently freed on top, and refill the ring as the kernel takes from it. The buffers in use
//! stay few and warm, and the memory a ring costs follows its busiest moment, not its size.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::future::poll_fn;
use std::io;
use std::ops::{Deref, DerefMut};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicU16, Ordering};
use std::task::{Context, Poll, Waker};

use io_uring::types::BufRingEntry;

use super::IoBuf;
use crate::runtime::{self, Runtime};
use crate::sys::AnonMap;

/// Largest entry count the kernel accepts for one ring.
pub(crate) const MAX_ENTRIES: u32 = 32_768;
/// Largest buffer the kernel reads into in one operation (`MAX_RW_COUNT`).
pub(crate) const MAX_BUF_SIZE: u32 = i32::MAX as u32 & !4095;
/// Buffers in the kernel's ring at first (see the module documentation).
const FIRST_PUBLISHED: u32 = 64;

/// Configures a [`BufRing`].
#[derive(Debug, Clone)]
#[must_use = "call build() to create the ring"]
pub struct BufRingBuilder {
    entries: u32,
    buf_size: u32,
}

impl BufRingBuilder {
    /// Number of buffers: a power of two from 1 to 32,768. Default 1,024.
    pub fn entries(mut self, entries: u32) -> Self {
        self.entries = entries;
        self
    }

    /// Size of each buffer in bytes, from 1 to 2,147,479,552 (the kernel's largest single
    /// read). Default 4,096.
    pub fn buf_size(mut self, buf_size: u32) -> Self {
        self.buf_size = buf_size;
        self
    }

    /// Maps the buffers and registers the ring with the current proactor.
    ///
    /// # Errors
    ///
    /// `InvalidInput` for a count or size out of range; the kernel's error when registration
    /// fails (for example `ENOMEM`).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn build(self) -> io::Result<BufRing> {
        let rt = runtime::current();
        BufRing::new(&rt, self.entries, self.buf_size)
    }
}

/// A group of receive buffers lent to the kernel. Cloning shares the same group.
#[derive(Clone)]
pub struct BufRing {
    pub(crate) inner: Rc<BufRingInner>,
}

pub(crate) struct BufRingInner {
    group: u16,
    entries: u16,
    buf_size: u32,
    /// The buffers, `entries * buf_size` bytes: RSS only where the kernel wrote.
    bufs: AnonMap,
    mode: Mode,
    /// Buffers ready for a receive (ours to count: added minus consumed).
    available: Cell<u32>,
    /// Receives waiting for a buffer after the ring ran dry.
    waiters: RefCell<Vec<Waker>>,
    /// The tasks among `waiters` (packed ids of percore task wakers): a task polled again
    /// while the ring stays dry is not added again, however its polls interleave with
    /// others'. Used only while the ring is dry, which is counted as exhaustion.
    waiting_tasks: RefCell<std::collections::HashSet<u64>>,
    exhausted: Cell<u64>,
    /// Buffers supplied so far (wrapping): put in the kernel's ring (given back, or moved
    /// there from the spare stack) or onto a free stack. A receive that found every buffer
    /// taken waits for this to move on from where it stood when the receive was armed.
    supplied: Cell<u32>,
    rt: Weak<Runtime>,
}

/// Where free buffers wait.
enum Mode {
    /// io_uring: a registered ring the kernel picks from.
    Kernel {
        /// The ring of `io_uring_buf` entries the kernel reads; its tail overlays entry 0.
        ring: AnonMap,
        mask: u16,
        /// Local copy of the tail, published after each add.
        tail: Cell<u16>,
        /// Buffers in the kernel's ring now: added and not yet named by a completion.
        published: Cell<u32>,
        /// How many buffers the ring is kept at: grows when a receive finds it empty while
        /// spare buffers wait.
        want: Cell<u32>,
        /// The tick `want` last grew in: it grows once a tick at most, however many receives
        /// of that tick found the ring empty.
        grew_at: Cell<u64>,
        /// Free buffers not in the ring; the most recently freed on top, and taken first.
        spare: RefCell<Vec<u16>>,
    },
    /// epoll: a free list the receive syscalls take from.
    User { free: RefCell<Vec<u16>> },
}

/// Registers `ring` (`entries` entries) with the kernel under a group id of the runtime's.
/// An id the kernel says is taken (a ring registered outside this runtime's count) is never
/// handed out again, and the next is tried; on any other refusal the id goes back.
fn register_group(rt: &Runtime, ring: &AnonMap, entries: u16) -> io::Result<u16> {
    loop {
        let group = rt.alloc_buf_group()?;
        // SAFETY: `ring` maps `entries` entries and is kept by `BufRingInner`, which
        // unregisters the group before unmapping (or outlives the ring); on an error it is
        // not registered.
        let registered = unsafe {
            rt.driver
                .borrow_mut()
                .uring()
                .register_buf_ring(ring.as_ptr() as u64, entries, group)
        };
        match registered {
            Ok(()) => return Ok(group),
            Err(e) if e.raw_os_error() == Some(libc::EEXIST) => continue,
            Err(e) => {
                rt.free_buf_group(group);
                return Err(e);
            }
        }
    }
}

impl BufRing {
    /// A builder with the defaults: 1,024 buffers of 4,096 bytes.
    pub fn builder() -> BufRingBuilder {
        BufRingBuilder {
            entries: 1024,
            buf_size: 4096,
        }
    }

    pub(crate) fn new(rt: &Rc<Runtime>, entries: u32, buf_size: u32) -> io::Result<BufRing> {
        if entries == 0 || entries > MAX_ENTRIES || !entries.is_power_of_two() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "buffer ring entries must be a power of two from 1 to {MAX_ENTRIES}, not {entries}"
                ),
            ));
        }
        if buf_size == 0 || buf_size > MAX_BUF_SIZE {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("buffer size must be from 1 to {MAX_BUF_SIZE} bytes, not {buf_size}"),
            ));
        }
        let total = (entries as usize)
            .checked_mul(buf_size as usize)
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "buffer ring too large"))?;
        let bufs = AnonMap::new(total)?;
        let (group, mode) = if rt.is_epoll {
            let mode = Mode::User {
                free: RefCell::new(Vec::with_capacity(entries as usize)),
            };
            (rt.alloc_buf_group()?, mode)
        } else {
            let ring = AnonMap::new((entries as usize * size_of::<BufRingEntry>()).max(4096))?;
            let group = register_group(rt, &ring, entries as u16)?;
            let mode = Mode::Kernel {
                ring,
                mask: (entries - 1) as u16,
                tail: Cell::new(0),
                published: Cell::new(0),
                want: Cell::new(entries.min(FIRST_PUBLISHED)),
                grew_at: Cell::new(u64::MAX),
                spare: RefCell::new(Vec::with_capacity(entries as usize)),
            };
            (group, mode)
        };
        let inner = Rc::new(BufRingInner {
            group,
            entries: entries as u16,
            buf_size,
            bufs,
            mode,
            available: Cell::new(0),
            waiters: RefCell::new(Vec::new()),
            waiting_tasks: RefCell::default(),
            exhausted: Cell::new(0),
            supplied: Cell::new(0),
            rt: Rc::downgrade(rt),
        });
        // In reverse, so that the spare stack hands out the lowest ids first.
        for bid in (0..entries).rev() {
            inner.give(bid as u16);
        }
        inner.publish();
        Ok(BufRing { inner })
    }

    /// The buffer group id the kernel knows this ring by.
    pub fn group(&self) -> u16 {
        self.inner.group
    }

    /// Size of each buffer.
    pub fn buf_size(&self) -> u32 {
        self.inner.buf_size
    }

    /// Number of buffers.
    pub fn entries(&self) -> u32 {
        u32::from(self.inner.entries)
    }

    /// Free buffers: in the kernel's ring, or waiting to refill it.
    pub fn available(&self) -> u32 {
        self.inner.available.get()
    }

    /// How many times a receive found this ring empty (and waited for a buffer to come back).
    pub fn exhausted(&self) -> u64 {
        self.inner.exhausted.get()
    }
}

impl fmt::Debug for BufRing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BufRing")
            .field("group", &self.inner.group)
            .field("entries", &self.inner.entries)
            .field("buf_size", &self.inner.buf_size)
            .field("available", &self.inner.available.get())
            .finish()
    }
}

impl BufRingInner {
    pub(crate) fn buf_ptr(&self, bid: u16) -> *mut u8 {
        // Checked in release builds too: one comparison, and the offset below is only sound
        // within the mapping whatever a completion named.
        assert!(
            bid < self.entries,
            "buffer id {bid} is not one of this ring's"
        );
        // SAFETY: `bid < entries`, so the offset stays within the `entries * buf_size` mapping.
        unsafe {
            self.bufs
                .as_ptr()
                .add(usize::from(bid) * self.buf_size as usize)
        }
    }

    /// Panics unless `rt` is the runtime the ring was made on. Every runtime numbers its
    /// buffer groups from 0: another runtime's kernel would fill a receive from its own group
    /// of this ring's id, naming buffers this ring does not hold.
    pub(crate) fn assert_runtime(&self, rt: &Runtime) {
        assert!(
            std::ptr::eq(self.rt.as_ptr(), rt),
            "a BufRing was used on a proactor other than the one it was made on"
        );
    }

    /// Size of each buffer.
    pub(crate) fn buf_size(&self) -> u32 {
        self.buf_size
    }

    /// A free buffer `bid` goes back: into the kernel's ring while it holds fewer than it is
    /// kept at (at its local tail, not yet visible to the kernel), else onto the spare stack;
    /// on epoll, onto the free list.
    fn give(&self, bid: u16) {
        match &self.mode {
            Mode::Kernel {
                published,
                want,
                spare,
                ..
            } => {
                if published.get() < want.get() {
                    self.add(bid);
                } else {
                    spare.borrow_mut().push(bid);
                    self.note_supplied();
                }
            }
            Mode::User { free } => {
                free.borrow_mut().push(bid);
                self.note_supplied();
            }
        }
        self.available.set(self.available.get() + 1);
    }

    /// io_uring: adds buffer `bid` at the ring's local tail.
    fn add(&self, bid: u16) {
        let Mode::Kernel {
            ring,
            mask,
            tail,
            published,
            ..
        } = &self.mode
        else {
            return;
        };
        let t = tail.get();
        let index = usize::from(t & mask);
        // SAFETY: `index < entries`, and the ring mapping holds `entries` entries. The entry at
        // `index` is not one the kernel may read: the kernel only reads entries between its
        // head and the published tail, and this one is past it (the ring never holds more
        // than `entries` buffers, so the tail never laps the head).
        let entry = unsafe { &mut *ring.as_ptr().cast::<BufRingEntry>().add(index) };
        entry.set_addr(self.buf_ptr(bid) as u64);
        entry.set_len(self.buf_size);
        entry.set_bid(bid);
        tail.set(t.wrapping_add(1));
        published.set(published.get() + 1);
        self.note_supplied();
    }

    fn note_supplied(&self) {
        self.supplied.set(self.supplied.get().wrapping_add(1));
    }

    /// io_uring: refills the kernel's ring from the spare stack, the warmest buffers first.
    fn top_up(&self) {
        let Mode::Kernel {
            published,
            want,
            spare,
            ..
        } = &self.mode
        else {
            return;
        };
        while published.get() < want.get() {
            let Some(bid) = spare.borrow_mut().pop() else {
                break;
            };
            self.add(bid);
        }
    }

    /// io_uring: tops the kernel's ring up from the spare stack and publishes it; a receive
    /// waiting for a buffer is woken when that added one (it found the ring empty, and no
    /// buffer has to come back for it to go again).
    fn refill(&self) {
        let before = self.supplied.get();
        self.top_up();
        self.publish();
        if self.supplied.get() != before {
            self.wake_waiters();
        }
    }

    /// Makes every added entry visible to the kernel.
    fn publish(&self) {
        let Mode::Kernel { ring, tail, .. } = &self.mode else {
            return;
        };
        // SAFETY: the ring mapping starts with an entry, whose last 16 bits are the shared tail
        // (`BufRingEntry::tail`); it is aligned for u16 and lives as long as `self`.
        let shared = unsafe { &*BufRingEntry::tail(ring.as_ptr().cast()).cast::<AtomicU16>() };
        // Release: the entry writes above happen before the kernel can see the new tail.
        shared.store(tail.get(), Ordering::Release);
    }

    /// epoll: takes a free buffer for a receive syscall (given back with `recycle`, or turned
    /// into a lease with `take`).
    pub(crate) fn pop_free(&self) -> Option<u16> {
        let Mode::User { free } = &self.mode else {
            return None;
        };
        let bid = free.borrow_mut().pop()?;
        self.available.set(self.available.get() - 1);
        Some(bid)
    }

    /// Gives buffer `bid` back to the kernel and wakes receives waiting for one.
    pub(crate) fn recycle(&self, bid: u16) {
        self.give(bid);
        self.publish();
        self.wake_waiters();
    }

    /// Wakes the receives waiting for a buffer.
    fn wake_waiters(&self) {
        // Most recycles find nobody waiting (`waiting_tasks` holds only ids of `waiters`).
        if self.waiters.borrow().is_empty() {
            return;
        }
        let waiters = std::mem::take(&mut *self.waiters.borrow_mut());
        self.waiting_tasks.borrow_mut().clear();
        for w in waiters {
            match runtime::try_current() {
                // Deferred: a recycle may run inside the driver's completion handling (an
                // orphan's buffers given back).
                Some(rt) => rt.defer_wake(w),
                None => w.wake(),
            }
        }
    }

    /// A completion named `bid`: the buffer is ours until the lease drops.
    pub(crate) fn take(self: &Rc<Self>, bid: u16, len: usize) -> RingBuf {
        // On epoll the buffer already left the free list in `pop_free`.
        if let Mode::Kernel { published, .. } = &self.mode {
            self.available.set(self.available.get().saturating_sub(1));
            published.set(published.get().saturating_sub(1));
            self.refill();
        }
        RingBuf {
            ring: self.clone(),
            bid,
            len: len.min(self.buf_size as usize) as u32,
        }
    }

    /// A receive found the ring empty. With spare buffers waiting, the ring was kept too
    /// small for the receives of one tick: it is kept larger from now on (doubled, once a
    /// tick) and refilled. A receive of the same tick that found it empty before that refill
    /// is not exhaustion either. Otherwise every buffer is leased: that is counted. Returns
    /// whether the ring was refilled (the receive may go again at once).
    pub(crate) fn note_exhausted(&self) -> bool {
        if let Mode::Kernel {
            want,
            spare,
            grew_at,
            ..
        } = &self.mode
        {
            let tick = self.rt.upgrade().map_or(0, |rt| rt.counters.ticks.get());
            if !spare.borrow().is_empty() {
                if grew_at.replace(tick) != tick {
                    want.set((want.get() * 2).min(u32::from(self.entries)));
                }
                self.refill();
                return true;
            }
            if grew_at.get() == tick {
                return true;
            }
        }
        self.exhausted.set(self.exhausted.get() + 1);
        if let Some(rt) = self.rt.upgrade() {
            crate::runtime::ExecCounters::bump(&rt.counters.buf_ring_exhausted);
        }
        false
    }

    /// How many buffers have been supplied, to compare with later (see
    /// [`BufRingInner::poll_supplied`]).
    pub(crate) fn supplied(&self) -> u32 {
        self.supplied.get()
    }

    /// Ready once a buffer has been supplied (put in the kernel's ring, or freed) since the
    /// count was `since`; otherwise wakes `cx` when one is.
    ///
    /// For a receive the kernel ended with `ENOBUFS` when every buffer was taken (and the
    /// ring was not refilled): `available` still counts the buffers taken by receives whose
    /// owners have not looked at them yet, so it cannot say when to go again, and a receive
    /// armed again at once would find the ring empty again, tick after tick, spinning the
    /// core until those owners read. The kernel picks buffers for a receive only after it
    /// was submitted, from those published before: when none has been supplied since the
    /// receive was armed, none is there, and the receive waits for the next.
    pub(crate) fn poll_supplied(&self, since: u32, cx: &mut Context<'_>) -> Poll<()> {
        if self.supplied.get() != since {
            return Poll::Ready(());
        }
        self.add_waiter(cx);
        // Looked at again: the waker's clone may have given a buffer back meanwhile (see
        // `add_waiter`), waking a list it was not in yet.
        match self.supplied.get() != since {
            true => Poll::Ready(()),
            false => Poll::Pending,
        }
    }

    /// Waits until a buffer has been supplied since the count was `since`.
    pub(crate) async fn wait_supplied(&self, since: u32) {
        poll_fn(|cx| self.poll_supplied(since, cx)).await;
    }

    /// Ready when at least one buffer is in the ring; otherwise wakes `cx` when one comes back.
    pub(crate) fn poll_available(&self, cx: &mut Context<'_>) -> Poll<()> {
        if self.available.get() == 0 {
            self.add_waiter(cx);
            // Looked at again, as in `poll_supplied`.
            if self.available.get() == 0 {
                return Poll::Pending;
            }
        }
        Poll::Ready(())
    }

    /// Wakes `cx` at the next buffer given back. A receive polled again while it waits
    /// (under a timeout, or woken by a drain) does not add itself again: the list does not
    /// grow with its polls. A task is looked up in a set (a scan of every waiter would cost
    /// each of thousands of receives woken by one recycle the whole list again); any other
    /// waker is compared with the last entry.
    fn add_waiter(&self, cx: &mut Context<'_>) {
        let waker = cx.waker();
        let new = match crate::executor::waker::task_id(waker) {
            Some(id) => self.waiting_tasks.borrow_mut().insert(id.pack()),
            None => !self
                .waiters
                .borrow()
                .last()
                .is_some_and(|w| w.will_wake(waker)),
        };
        if new {
            // Cloned before the list is borrowed: a foreign waker's clone is user code, which
            // may give a buffer of this ring back (and wake the list) meanwhile.
            let waker = waker.clone();
            self.waiters.borrow_mut().push(waker);
        }
    }

    pub(crate) fn group(&self) -> u16 {
        self.group
    }
}

impl Drop for BufRingInner {
    fn drop(&mut self) {
        // No operation references the group any more (each holds an `Rc` to this ring). Should
        // the last reference go while the driver is borrowed, the ring is unregistered at the
        // end of the tick, its entries' mapping kept until then, and its group id is not
        // reused before.
        let Some(rt) = self.rt.upgrade() else {
            // The proactor is gone, and with it the kernel's registration.
            return;
        };
        let mode = std::mem::replace(
            &mut self.mode,
            Mode::User {
                free: RefCell::new(Vec::new()),
            },
        );
        match mode {
            Mode::Kernel { ring, .. } => rt.unregister_buf_ring(self.group, ring),
            Mode::User { .. } => rt.free_buf_group(self.group),
        }
    }
}

/// A received buffer, leased from a [`BufRing`]: the bytes the kernel wrote, readable and
/// writable, sendable as it is. It goes back to the ring when dropped.
pub struct RingBuf {
    ring: Rc<BufRingInner>,
    bid: u16,
    len: u32,
}

impl RingBuf {
    /// Number of bytes received.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether no byte was received.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The buffer's id in its ring.
    pub fn buffer_id(&self) -> u16 {
        self.bid
    }

    /// Shortens the lease to its first `len` bytes (no effect if already shorter).
    pub fn truncate(&mut self, len: usize) {
        self.len = self.len.min(u32::try_from(len).unwrap_or(u32::MAX));
    }
}

impl Deref for RingBuf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        // SAFETY: the kernel wrote `len` bytes at this buffer and the completion handed it to
        // this lease, the buffer's only owner until it drops.
        unsafe { std::slice::from_raw_parts(self.ring.buf_ptr(self.bid), self.len as usize) }
    }
}

impl DerefMut for RingBuf {
    fn deref_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `deref`; `&mut self` makes this the only reference.
        unsafe { std::slice::from_raw_parts_mut(self.ring.buf_ptr(self.bid), self.len as usize) }
    }
}

impl Drop for RingBuf {
    fn drop(&mut self) {
        self.ring.recycle(self.bid);
    }
}

impl fmt::Debug for RingBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RingBuf")
            .field("group", &self.ring.group)
            .field("bid", &self.bid)
            .field("len", &self.len)
            .finish()
    }
}

// SAFETY: the lease's bytes live in the ring's mapping, kept alive by the lease's `Rc` and not
// handed to the kernel again until the lease drops; `len` bytes are initialised.
unsafe impl IoBuf for RingBuf {
    fn stable_ptr(&self) -> *const u8 {
        self.ring.buf_ptr(self.bid)
    }
    fn bytes_init(&self) -> usize {
        self.len as usize
    }
    fn bytes_total(&self) -> usize {
        self.ring.buf_size as usize
    }
}

#[cfg(test)]
mod tests {
    use std::task::Context;

    use super::*;
    use crate::net::{TcpListener, TcpStream};

    /// A ring of one buffer, leased (holding `hello`).
    async fn one_buffer_leased() -> (BufRing, RingBuf) {
        let ring = BufRing::builder().entries(1).buf_size(64).build().unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let client = TcpStream::connect(listener.local_addr().unwrap())
            .await
            .unwrap();
        let (server, _) = listener.accept().await.unwrap();
        client.send_all(b"hello".to_vec()).await.0.unwrap();
        let lease = server.recv_ring(&ring).await.unwrap().unwrap();
        (ring, lease)
    }

    #[test]
    fn an_empty_ring_keeps_each_waiter_once_and_a_lease_truncates_by_value() {
        crate::Proactor::builder().build().unwrap().block_on(async {
            let (ring, mut lease) = one_buffer_leased().await;
            // The ring's one buffer is leased: a receive polled again and again waits once.
            let (_, waker) = percore_testkit::counting_waker();
            let mut cx = Context::from_waker(&waker);
            for _ in 0..5 {
                assert!(ring.inner.poll_available(&mut cx).is_pending());
            }
            assert_eq!(ring.inner.waiters.borrow().len(), 1);
            // Two tasks polled in turn (woken by something else each time) wait once each.
            let task = |index| {
                crate::executor::waker::task_waker(crate::executor::waker::TaskId {
                    runtime: 0,
                    index,
                    generation: 0,
                })
            };
            let (a, b) = (task(1), task(2));
            for _ in 0..50 {
                for w in [&a, &b] {
                    assert!(
                        ring.inner
                            .poll_available(&mut Context::from_waker(w))
                            .is_pending()
                    );
                }
            }
            assert_eq!(ring.inner.waiters.borrow().len(), 3);
            // A length past u32 is longer than the lease: nothing changes.
            lease.truncate((1 << 32) + 1);
            assert_eq!(&lease[..], b"hello");
            lease.truncate(2);
            assert_eq!(&lease[..], b"he");
        });
    }

    thread_local! {
        /// A lease the waker below gives back when it is cloned.
        static HELD: std::cell::RefCell<Option<RingBuf>> = const { std::cell::RefCell::new(None) };
    }

    fn giving_back_clone(_: *const ()) -> std::task::RawWaker {
        HELD.with(|h| drop(h.borrow_mut().take()));
        std::task::RawWaker::new(std::ptr::null(), &GIVING_BACK)
    }

    fn no_op(_: *const ()) {}

    /// A waker whose clone gives a buffer back to its ring (user code, as any foreign
    /// waker's clone is).
    static GIVING_BACK: std::task::RawWakerVTable =
        std::task::RawWakerVTable::new(giving_back_clone, no_op, no_op, no_op);

    #[test]
    fn a_buffer_given_back_by_the_waiter_s_own_waker_is_not_missed() {
        crate::Proactor::builder().build().unwrap().block_on(async {
            let (ring, lease) = one_buffer_leased().await;
            assert_eq!(ring.inner.available.get(), 0);
            HELD.with(|h| *h.borrow_mut() = Some(lease));
            // SAFETY: the vtable's functions ignore the data pointer (null) and are sound to
            // call any number of times from this thread; the waker lives through the poll.
            let waker = unsafe {
                std::task::Waker::from_raw(std::task::RawWaker::new(std::ptr::null(), &GIVING_BACK))
            };
            // The ring is empty when looked at; the waiter's registration clones the waker,
            // which gives the buffer back (waking a list it is not in yet). The wait must
            // see it: before, it went on waiting for a wake that had already gone.
            assert!(
                ring.inner
                    .poll_available(&mut Context::from_waker(&waker))
                    .is_ready(),
                "the buffer given back during the registration was missed"
            );
            assert_eq!(ring.inner.available.get(), 1);
        });
    }

    #[test]
    fn a_group_id_the_kernel_says_is_taken_is_passed_over_for_good() {
        crate::Proactor::builder().build().unwrap().block_on(async {
            let rt = crate::runtime::current();
            if rt.is_epoll {
                return;
            }
            // The id the next ring will take is registered already (by hand, as a ring
            // outside this runtime's count would be): the kernel refuses it with EEXIST.
            let group = rt.alloc_buf_group().unwrap();
            rt.free_buf_group(group);
            let squatter = AnonMap::new(4096).unwrap();
            // SAFETY: `squatter` maps one page, room for its one entry, and outlives the
            // registration (unregistered below before it is dropped).
            unsafe {
                rt.driver
                    .borrow_mut()
                    .uring()
                    .register_buf_ring(squatter.as_ptr() as u64, 1, group)
                    .unwrap();
            }
            let ring = BufRing::builder().entries(4).buf_size(64).build().unwrap();
            assert_ne!(ring.group(), group, "registered over the squatter");
            // Even once the squatter is gone, the id is not handed out again.
            rt.driver
                .borrow_mut()
                .uring()
                .unregister_buf_ring(group)
                .unwrap();
            drop(squatter);
            let next = BufRing::builder().entries(4).buf_size(64).build().unwrap();
            assert_ne!(next.group(), group);
            drop(next);
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            let client = TcpStream::connect(listener.local_addr().unwrap())
                .await
                .unwrap();
            let (server, _) = listener.accept().await.unwrap();
            let (res, _) = client.send(b"ring".to_vec()).await;
            res.unwrap();
            let got = server.recv_ring(&ring).await.unwrap().expect("data");
            assert_eq!(&got[..], b"ring");
        });
    }
}
